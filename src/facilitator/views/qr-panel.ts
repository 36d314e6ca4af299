/** Reading a participant's QR code: from a photo (always) or the camera (where the browser has one). */
import { button, el, labelled } from '../../ui/kit';
import { cameraAvailable, readQrPhoto, scanWithCamera, type CameraScan } from '../qr-reader';

export interface QrPanel {
  element: HTMLElement;
  /** Turns the camera off (when the workshop screen goes). */
  dispose(): void;
}

/** `found` gets the text read from a code and where it came from ("QR code in photo.jpg"). */
export function qrPanel(found: (text: string, source: string) => void): QrPanel {
  const message = el('p', { className: 'fac-message', attrs: { role: 'status' } });
  const photo = el('input', { attrs: { type: 'file', accept: 'image/*' } });
  photo.addEventListener('change', () => {
    const file = photo.files?.[0];
    photo.value = '';
    if (!file) return;
    message.textContent = `Reading ${file.name}…`;
    readQrPhoto(file).then(
      (read) => {
        message.textContent = read.ok
          ? `Read a code from ${file.name}.`
          : `${file.name}: ${read.message}`;
        if (read.ok) found(read.text, `QR code in ${file.name}`);
      },
      () => {
        // The reader is downloaded on first use: offline before that, it cannot come.
        message.textContent =
          'The QR code reader could not be loaded (are you offline?). Paste the result code instead.';
      },
    );
  });
  const element = el('div', { className: 'fac-qr' }, [
    labelled('Read a QR code from a photo', photo),
  ]);
  const camera = cameraAvailable() ? cameraControls(found, message) : null;
  if (camera) element.append(camera.element);
  element.append(message);
  return { element, dispose: () => camera?.dispose() };
}

function cameraControls(
  found: (text: string, source: string) => void,
  message: HTMLElement,
): QrPanel {
  const video = el('video', {
    className: 'fac-camera',
    attrs: { muted: true, playsinline: true, 'aria-label': 'Camera view for the QR code' },
  });
  video.hidden = true;
  let scan: CameraScan | null = null;
  const start = button('Scan a QR code with the camera', () => open(), 'button');
  const stop = button('Stop the camera', () => close('Camera stopped.'), 'button');
  stop.hidden = true;
  const close = (text: string) => {
    scan?.stop();
    scan = null;
    video.hidden = true;
    stop.hidden = true;
    start.hidden = false;
    message.textContent = text;
  };
  const open = () => {
    video.hidden = false;
    stop.hidden = false;
    start.hidden = true;
    message.textContent = 'Hold the QR code up to the camera…';
    scan = scanWithCamera(
      video,
      (text) => {
        close('Read a code with the camera.');
        found(text, 'QR code (camera)');
      },
      (problem) => close(problem),
    );
  };
  return {
    element: el('div', { className: 'fac-actions' }, [start, stop, video]),
    dispose: () => {
      scan?.stop();
      scan = null;
    },
  };
}
