/**
 * Arms that come in front of the clothes, in body coordinates ((0, 0) is the bottom centre of
 * the bust). Arms-crossed lays both forearms over the chest with each hand on the opposite
 * arm; hand-raised lifts the right arm, elbow out, palm open beside the head, as someone does
 * who wants to speak. In the other poses the arms hang and are part of the torso (body.ts).
 */
import { sleeveOf } from './body';
import { shade } from './colour';
import type { Figure } from './figure';
import type { PortraitLook } from './portrait-look';
import { circle, ellipse, line, poly, pts, rect, type Point, type Shape } from './shapes';

/** A limb from `from` (a rounded end unless `rounded` is false) to `to`, `width` thick. */
function limb(from: Point, to: Point, width: number, colour: number, rounded = true): Shape[] {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const nx = (-(to.y - from.y) / length) * (width / 2);
  const ny = ((to.x - from.x) / length) * (width / 2);
  return [
    poly(
      pts(
        from.x + nx,
        from.y + ny,
        to.x + nx,
        to.y + ny,
        to.x - nx,
        to.y - ny,
        from.x - nx,
        from.y - ny,
      ),
      colour,
    ),
    ...(rounded ? [circle(from.x, from.y, width / 2, colour)] : []),
  ];
}

/** A limb with a darker edge all round, so it stands apart from clothes of its own colour. */
function outlinedLimb(
  from: Point,
  to: Point,
  width: number,
  colour: number,
  rounded = true,
): Shape[] {
  return [
    ...limb(from, to, width + 6, shade(colour, 0.3), rounded),
    ...limb(from, to, width, colour, rounded),
  ];
}

function forearm(
  look: PortraitLook,
  elbow: Point,
  wrist: Point,
  width: number,
  rounded = true,
): Shape[] {
  const sleeve = sleeveOf(look);
  const shapes = outlinedLimb(elbow, wrist, width, sleeve.colour, rounded);
  if (sleeve.cuff) {
    const at = (t: number) => ({
      x: elbow.x + (wrist.x - elbow.x) * t,
      y: elbow.y + (wrist.y - elbow.y) * t,
    });
    shapes.push(...limb(at(0.84), at(1), width + 2, sleeve.cuff).slice(0, 1));
  }
  return shapes;
}

/** A hand closed round the other arm: the back of the hand, fingers wrapping outwards. */
function grippingHand(x: number, y: number, side: -1 | 1, skin: number): Shape[] {
  const edge = shade(skin, 0.25);
  const fingers = [-13, -4, 5, 14].flatMap((dy) => [
    rect(side > 0 ? x + 2 : x - 26, y + dy - 5, 24, 11, edge, { radius: 5 }),
    rect(side > 0 ? x + 3 : x - 25, y + dy - 4, 22, 9, skin, { radius: 4 }),
  ]);
  return [ellipse(x, y, 46, 44, edge), ellipse(x, y, 40, 38, skin), ...fingers];
}

function crossedArms(look: PortraitLook, figure: Figure): Shape[] {
  const elbowX = 208 * figure.build - 30;
  return [
    ...forearm(look, { x: -elbowX, y: -96 }, { x: 112, y: -118 }, 54),
    ...grippingHand(132, -120, 1, look.skin),
    ...forearm(look, { x: elbowX, y: -44 }, { x: -112, y: -68 }, 58),
    ...grippingHand(-132, -70, -1, look.skin),
  ];
}

/** An open palm facing the viewer, fingers up, the thumb out towards the face. */
function openHand(x: number, y: number, skin: number): Shape[] {
  const edge = shade(skin, 0.25);
  const finger = (dx: number, height: number): Shape[] => [
    rect(x + dx - 8, y - 22 - height, 17, height + 16, edge, { radius: 8 }),
    rect(x + dx - 6, y - 20 - height, 13, height + 14, skin, { radius: 6 }),
  ];
  const thumbBase = { x: x - 22, y: y + 14 };
  const thumbTip = { x: x - 46, y: y - 18 };
  return [
    ...finger(-21, 34),
    ...finger(-7, 44),
    ...finger(7, 46),
    ...finger(21, 36),
    ...limb(thumbBase, thumbTip, 20, edge),
    ...limb(thumbBase, thumbTip, 15, skin),
    rect(x - 31, y - 28, 62, 62, edge, { radius: 24 }),
    rect(x - 28, y - 25, 56, 56, skin, { radius: 21 }),
    line(pts(x - 14, y - 4, x + 12, y - 10), 3, edge, 0.35),
  ];
}

function raisedHand(look: PortraitLook, figure: Figure): Shape[] {
  // The upper arm hangs by the side (part of the torso); the forearm rises in front of it
  // from an elbow just below the frame.
  const elbow = { x: 150 * figure.build, y: -2 };
  const wrist = { x: 184, y: -232 };
  return [
    ...forearm(look, elbow, wrist, 54, false),
    ...openHand(wrist.x + 2, wrist.y - 28, look.skin),
  ];
}

/** Arms drawn in front of the clothes (hanging arms are part of the torso). */
export function armShapes(look: PortraitLook, figure: Figure): Shape[] {
  switch (look.pose) {
    case 'arms-crossed':
      return crossedArms(look, figure);
    case 'hand-raised':
      return raisedHand(look, figure);
    default:
      return [];
  }
}
