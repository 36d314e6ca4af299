import { describe, expect, it } from 'vitest';
import { chooseRenderer } from '../../../src/game/renderer-choice';

const HARDWARE = [
  'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'Apple M2',
  'Mali-G78',
  'Adreno (TM) 650',
];
const SOFTWARE = [
  'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
  'Google SwiftShader',
  'llvmpipe (LLVM 15.0.6, 256 bits)',
  'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'Mesa lavapipe',
];

describe('chooseRenderer', () => {
  it.each(HARDWARE)('draws with WebGL on a graphics card: %s', (name) => {
    expect(chooseRenderer(name, null)).toBe('webgl');
  });

  it.each(SOFTWARE)('draws with the Canvas renderer when WebGL is software: %s', (name) => {
    expect(chooseRenderer(name, null)).toBe('canvas');
  });

  it('draws with the Canvas renderer when there is no WebGL, whatever the address asks', () => {
    expect(chooseRenderer(null, null)).toBe('canvas');
    expect(chooseRenderer(null, 'webgl')).toBe('canvas');
  });

  it('follows ?renderer= when WebGL exists', () => {
    expect(chooseRenderer(SOFTWARE[0] ?? '', 'webgl')).toBe('webgl');
    expect(chooseRenderer(HARDWARE[0] ?? '', 'canvas')).toBe('canvas');
  });

  it('ignores other values of ?renderer=', () => {
    expect(chooseRenderer(HARDWARE[0] ?? '', 'WEBGL2')).toBe('webgl');
    expect(chooseRenderer(SOFTWARE[0] ?? '', '')).toBe('canvas');
  });

  it('treats an empty renderer name (hidden by the browser) as hardware', () => {
    expect(chooseRenderer('', null)).toBe('webgl');
  });
});
