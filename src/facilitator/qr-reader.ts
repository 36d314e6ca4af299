/**
 * Reading a participant's QR code (the one on their debrief) from a photo or the camera.
 * The decoder (jsQR) is loaded only when a facilitator scans, so nobody else downloads it.
 */
import { MAX_PHOTO_BYTES, sizeText } from './limits';

export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** A photo is shrunk to this many pixels on its longer side: enough for the densest code we make. */
const MAX_SIDE = 1600;

export type QrRead = { ok: true; text: string } | { ok: false; message: string };

/** The text of the QR code in these pixels, or null when none can be read. */
export async function decodeQr(pixels: Pixels): Promise<string | null> {
  const { default: jsQR } = await import('jsqr');
  const found = jsQR(pixels.data, pixels.width, pixels.height, {
    inversionAttempts: 'attemptBoth',
  });
  return found?.data ? found.data : null;
}

/** Draws an image (or a video frame) at most MAX_SIDE pixels across and reads its pixels. */
export function pixelsOf(source: CanvasImageSource, width: number, height: number): Pixels | null {
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return {
    ...context.getImageData(0, 0, canvas.width, canvas.height),
    width: canvas.width,
    height: canvas.height,
  };
}

const NOT_FOUND =
  'No QR code could be read in this photo. Take it straight on, with the code filling most of the picture, in good light.';

export async function readQrPhoto(file: Blob & { readonly name: string }): Promise<QrRead> {
  if (file.size > MAX_PHOTO_BYTES)
    return {
      ok: false,
      message: `This photo is ${sizeText(file.size)}, over the ${sizeText(MAX_PHOTO_BYTES)} limit, so it was not read.`,
    };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return {
      ok: false,
      message: 'This file is not a picture the browser can open (try a JPEG or PNG photo).',
    };
  }
  const pixels = pixelsOf(bitmap, bitmap.width, bitmap.height);
  bitmap.close();
  if (!pixels) return { ok: false, message: 'This browser cannot look inside pictures.' };
  const text = await decodeQr(pixels);
  return text ? { ok: true, text } : { ok: false, message: NOT_FOUND };
}

/** True when this browser may offer the camera (it still asks the facilitator first). */
export function cameraAvailable(): boolean {
  return (
    typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function'
  );
}

export interface CameraScan {
  stop(): void;
}

/**
 * Shows the camera in `video` and looks for a QR code a few times a second until one is read
 * (`onCode`) or the scan is stopped. `onProblem` gets a sentence when the camera cannot start.
 */
export function scanWithCamera(
  video: HTMLVideoElement,
  onCode: (text: string) => void,
  onProblem: (message: string) => void,
): CameraScan {
  let stream: MediaStream | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    for (const track of stream?.getTracks() ?? []) track.stop();
    video.srcObject = null;
  };
  const look = async (): Promise<void> => {
    if (stopped) return;
    const pixels =
      video.videoWidth > 0 ? pixelsOf(video, video.videoWidth, video.videoHeight) : null;
    const text = pixels ? await decodeQr(pixels) : null;
    if (stopped) return;
    if (text) {
      stop();
      onCode(text);
    } else timer = setTimeout(() => void look(), 250);
  };
  navigator.mediaDevices
    .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
    .then(async (opened) => {
      stream = opened;
      if (stopped) return stop();
      video.srcObject = opened;
      await video.play();
      void look();
    })
    .catch((error: unknown) => {
      const denied = error instanceof DOMException && error.name === 'NotAllowedError';
      onProblem(
        denied
          ? 'The camera was not allowed. Allow it in the browser, or read the QR code from a photo instead.'
          : 'No camera could be started. Read the QR code from a photo instead.',
      );
      stop();
    });
  return { stop };
}
