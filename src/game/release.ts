/**
 * What Phaser 4.2 keeps after `game.destroy()`, given back by hand. The stage builds a new
 * game for every play and every replayed session, so anything a destroyed game keeps adds up.
 */
import Phaser from 'phaser';

/** The renderer does not give its WebGL context back; browsers cap live contexts (~16). */
function loseWebGLContext(game: Phaser.Game): void {
  const renderer = game.renderer;
  const gl = renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer ? renderer.gl : null;
  if (!gl) return;
  game.events.once(Phaser.Core.Events.DESTROY, () => {
    // DESTROY fires before the renderer tears down; lose the context once that has run.
    setTimeout(() => gl.getExtension('WEBGL_lose_context')?.loseContext(), 0);
  });
}

/**
 * The texture manager's helper TileSprite is never destroyed (`TextureManager.destroy` only
 * destroys its `stamp`). Under the Canvas renderer it holds a canvas claimed in Phaser's
 * global CanvasPool for ever: measured +1 canvas per play (e2e: stage.spec.ts).
 */
function freeTileSpriteCanvas(game: Phaser.Game): void {
  game.events.once(Phaser.Core.Events.DESTROY, () => {
    const helper = (game.textures as { tileSprite?: Phaser.GameObjects.TileSprite }).tileSprite;
    // Not `helper.destroy()`: by now the scene it was made with has shut down, and
    // GameObject.destroy throws on the scene's missing update list.
    for (const canvas of [helper?.canvas, helper?.fillCanvas])
      if (canvas) Phaser.Display.Canvas.CanvasPool.remove(canvas);
  });
}

/** Call before `game.destroy()`. */
export function releaseWhatPhaserKeeps(game: Phaser.Game): void {
  loseWebGLContext(game);
  freeTileSpriteCanvas(game);
}
