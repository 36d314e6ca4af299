/**
 * Which of Phaser's renderers draws the stage.
 *
 * WebGL where a graphics card is behind it. Where WebGL itself runs in software (SwiftShader,
 * llvmpipe: virtual desktops, remote sessions, machines with GPU acceleration switched off)
 * the browser composites the page in software too, and has to read the WebGL canvas back
 * into main memory on every frame it draws. Measured in Chromium on 2 cores: that read-back
 * alone took ~10 ms per frame for a 576×324 canvas, so every animated frame overran 16.7 ms.
 * A 2D canvas is already in main memory there, and the stage draws a handful of baked
 * pictures, which the Canvas renderer does cheaply. Its one loss: gradients become colour bands.
 */
export type RendererKind = 'webgl' | 'canvas';

/** Names WebGL implementations report when they rasterise on the CPU. */
const SOFTWARE_RASTERISER = /swiftshader|llvmpipe|softpipe|lavapipe|software|basic render/i;

/**
 * @param glRenderer what WebGL reports as its renderer, or null when it has no WebGL at all
 * @param requested `?renderer=webgl|canvas` from the address (support and tests); other values are ignored
 */
export function chooseRenderer(glRenderer: string | null, requested: string | null): RendererKind {
  if (glRenderer === null) return 'canvas';
  if (requested === 'webgl' || requested === 'canvas') return requested;
  return SOFTWARE_RASTERISER.test(glRenderer) ? 'canvas' : 'webgl';
}

function webGLContext(doc: Document): WebGLRenderingContext | null {
  try {
    return doc.createElement('canvas').getContext('webgl');
  } catch {
    return null;
  }
}

/** The renderer string of a throwaway WebGL context (given back at once), or null without WebGL. */
export function readGLRenderer(doc: Document): string | null {
  const gl = webGLContext(doc);
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
  // Browsers cap live contexts (~16): do not wait for the garbage collector to free this one.
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return typeof name === 'string' ? name : '';
}

let probedRenderer: { name: string | null } | null = null;

/**
 * The stage's renderer for this page: the address's request, else what the hardware suits.
 * The graphics hardware does not change while the page is open, so WebGL is probed once, not
 * for every play and every replayed step that builds a stage.
 */
export function rendererForPage(doc: Document): RendererKind {
  probedRenderer ??= { name: readGLRenderer(doc) };
  const requested = new URLSearchParams(doc.defaultView?.location.search ?? '').get('renderer');
  return chooseRenderer(probedRenderer.name, requested);
}
