/**
 * Dev-only portrait gallery (not part of the build; open /dev/portraits.html on `npm run dev`):
 *   ?section=cast    every cast member of every file in scenarios/, with name and role
 *   ?section=values  one portrait per value of every `look` field, the rest held still
 *   ?section=poses   each pose at each age band
 *   ?section=moods   each mood in each pose
 *   &scale=0.42      portrait size; &columns=8; &only=text keeps the cells whose label has it
 * body[data-harness="ready"] once drawn, for screenshots.
 */
import Phaser from 'phaser';
import { LOOK_OPTIONS, MOODS, type Look, type Mood } from '../src/engine/scenario/schema';
import { portraitLayers } from '../src/game/art/portrait';
import { paintShapes } from '../src/game/paint';

interface Cell {
  id: string;
  title: string;
  subtitle: string;
  look?: Look;
  mood?: Mood;
}

interface CastFile {
  id?: string;
  cast?: Record<string, { name: string; role: string; look?: Look }>;
}

const params = new URLSearchParams(location.search);
const scale = Number(params.get('scale') ?? 0.42);
const COLUMNS = Number(params.get('columns') ?? 8);
const CELL = { width: Math.round(470 * scale), height: Math.round(520 * scale) + 52 };
const files = import.meta.glob<CastFile>('../scenarios/*.json', { eager: true, import: 'default' });

function castCells(): Cell[] {
  return Object.entries(files)
    .filter(([path]) => !path.endsWith('.schema.json') && !path.endsWith('tracks.json'))
    .flatMap(([, file]) =>
      Object.entries(file.cast ?? {}).map(([id, member]) => ({
        id,
        title: member.name,
        subtitle: `${member.role} (${file.id ?? ''})`,
        ...(member.look ? { look: member.look } : {}),
      })),
    );
}

/** One row per field: each value on the same person, so only that field changes. */
function valueCells(): Cell[] {
  const base: Look = { age: 'adult', skin: 'medium-light', hair: 'short', hairColour: 'brown' };
  const base2: Look = { ...base, clothing: 'crew', colour: 'teal', pose: 'front', glasses: false };
  return Object.entries(LOOK_OPTIONS)
    .flatMap(([field, values]) =>
      (values as readonly string[]).map((value) => ({
        id: 'sample',
        title: `${field}: ${value}`,
        subtitle: '',
        look: { ...base2, [field]: value } as Look,
      })),
    )
    .concat([
      { id: 'sample', title: 'glasses: true', subtitle: '', look: { ...base2, glasses: true } },
    ]);
}

function poseCells(): Cell[] {
  return LOOK_OPTIONS.age.flatMap((age, row) =>
    LOOK_OPTIONS.pose.map((pose, column) => ({
      id: `p${row}${column}`,
      title: `${pose}, ${age}`,
      subtitle: '',
      look: {
        age,
        pose,
        skin: LOOK_OPTIONS.skin[(row * 2 + column) % 6],
        clothing: LOOK_OPTIONS.clothing[(row * 4 + column) % 8],
        hair: LOOK_OPTIONS.hair[(row * 3 + column * 2) % 11],
        facialHair: LOOK_OPTIONS.facialHair[(row + column) % 4],
      } as Look,
    })),
  );
}

function moodCells(): Cell[] {
  return LOOK_OPTIONS.pose.flatMap((pose) =>
    MOODS.map((mood) => ({
      id: 'mood-sample',
      title: `${mood}, ${pose}`,
      subtitle: '',
      mood,
      look: { pose, glasses: pose === 'three-quarter', hair: 'curly' } as Look,
    })),
  );
}

const SECTIONS: Record<string, () => Cell[]> = {
  cast: castCells,
  values: valueCells,
  poses: poseCells,
  moods: moodCells,
};

class GalleryScene extends Phaser.Scene {
  constructor(private readonly cells: Cell[]) {
    super({ key: 'gallery' });
  }

  create(): void {
    this.cells.forEach((cell, index) => {
      const x = (index % COLUMNS) * CELL.width;
      const y = Math.floor(index / COLUMNS) * CELL.height;
      this.add.rectangle(x + 2, y + 2, CELL.width - 4, CELL.height - 4, 0x30466a).setOrigin(0);
      const graphics = this.add.graphics();
      const layers = portraitLayers(cell.id, cell.mood ?? 'neutral', cell.look);
      paintShapes(graphics, [...layers.bust, ...layers.face]);
      graphics.setPosition(x + CELL.width / 2, y + CELL.height - 52).setScale(scale);
      this.add.rectangle(x + 2, y + CELL.height - 52, CELL.width - 4, 50, 0x0f1b2d).setOrigin(0);
      this.add.text(x + 8, y + CELL.height - 50, cell.title, {
        fontSize: '14px',
        color: '#fbf5e9',
        fontStyle: 'bold',
      });
      this.add.text(x + 8, y + CELL.height - 32, cell.subtitle, {
        fontSize: '11px',
        color: '#c9d3e3',
        wordWrap: { width: CELL.width - 16 },
      });
    });
    document.body.dataset.harness = 'ready';
    const status = document.getElementById('status');
    if (status) status.textContent = `${this.cells.length} portraits`;
  }
}

const only = params.get('only');
const cells = (SECTIONS[params.get('section') ?? 'cast'] ?? castCells)().filter(
  (cell) => !only || `${cell.title} ${cell.subtitle}`.includes(only),
);
const rows = Math.ceil(cells.length / COLUMNS);
new Phaser.Game({
  type: Phaser.CANVAS,
  parent: 'gallery',
  width: COLUMNS * CELL.width,
  height: rows * CELL.height,
  backgroundColor: '#0f1b2d',
  banner: false,
  audio: { noAudio: true },
  scene: new GalleryScene(cells),
});
