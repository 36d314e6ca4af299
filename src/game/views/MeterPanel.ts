/**
 * The business meters (trust, morale...): a translucent panel top right whose bars glide to
 * their new values, with a small "+10" chip that rises and fades when a value changes.
 */
import type Phaser from 'phaser';
import type { StageMeter } from '../../services/stage';
import { fontStack, palette } from '../../services/theme';
import { ink } from '../art/colour';
import {
  METER_PANEL,
  formatDelta,
  meterColour,
  meterFraction,
  meterPanelHeight,
  meterRowTop,
} from '../art/layout';
import type { Motion } from './motion';

const GLIDE_MS = 700;
const CHIP_MS = 1100;
const BAR = { offsetY: 32, height: 12 } as const;
// Local coordinates: the panel's container sits at its top-right corner, so it can grow
// (compact mode on small screens) without leaving the corner.
const left = -METER_PANEL.width;
const right = 0;
const rowTop = (index: number) => meterRowTop(index) - METER_PANEL.top;
const barWidth = METER_PANEL.width - METER_PANEL.padding * 2;

interface Row {
  index: number;
  meter: StageMeter;
  shown: { value: number };
  label: Phaser.GameObjects.Text;
  value: Phaser.GameObjects.Text;
  bar: Phaser.GameObjects.Graphics;
}

export class MeterPanel {
  private readonly container: Phaser.GameObjects.Container;
  private readonly background: Phaser.GameObjects.Graphics;
  private rows: Row[] = [];
  private chips = new Set<Phaser.GameObjects.Text>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly motion: Motion,
    depth: number,
  ) {
    this.container = scene.add.container(METER_PANEL.right, METER_PANEL.top).setDepth(depth);
    this.background = scene.add.graphics();
    this.container.add(this.background);
  }

  /** Scales the panel from its corner; small screens get a larger, still legible panel. */
  setScale(scale: number): void {
    this.container.setScale(scale);
  }

  show(meters: readonly StageMeter[]): void {
    const sameMeters =
      meters.length === this.rows.length &&
      meters.every((meter, index) => this.rows[index]?.meter.id === meter.id);
    if (!sameMeters) {
      this.rebuild(meters);
      return;
    }
    meters.forEach((meter, index) => {
      const row = this.rows[index];
      if (row) this.update(row, meter, index);
    });
  }

  settle(): void {
    for (const chip of [...this.chips]) this.removeChip(chip);
    for (const row of this.rows) {
      this.motion.stop(row.shown);
      row.shown.value = row.meter.value;
      this.drawRow(row);
    }
  }

  destroy(): void {
    this.settle();
    for (const row of this.rows) this.destroyRow(row);
    this.rows = [];
    this.container.destroy();
  }

  private rebuild(meters: readonly StageMeter[]): void {
    for (const row of this.rows) this.destroyRow(row);
    this.rows = meters.map((meter, index) => this.createRow(meter, index));
    this.background.clear();
    if (meters.length === 0) return;
    const height = meterPanelHeight(meters.length);
    this.background.fillStyle(ink.ink, 0.86);
    this.background.fillRoundedRect(left, 0, METER_PANEL.width, height, 16);
    this.background.lineStyle(2, ink.line, 0.9);
    this.background.strokeRoundedRect(left, 0, METER_PANEL.width, height, 16);
  }

  private createRow(meter: StageMeter, index: number): Row {
    const top = rowTop(index);
    const textStyle = { fontFamily: fontStack, fontSize: '20px', color: palette.paper };
    const label = this.scene.add.text(left + METER_PANEL.padding, top, meter.label, {
      ...textStyle,
      color: palette.paperMuted,
    });
    const value = this.scene.add
      .text(right - METER_PANEL.padding, top, '', { ...textStyle, fontStyle: 'bold' })
      .setOrigin(1, 0);
    const bar = this.scene.add.graphics();
    this.container.add([bar, label, value]);
    const row: Row = {
      index,
      meter: { ...meter },
      shown: { value: meter.value },
      label,
      value,
      bar,
    };
    this.fitLabel(row);
    this.drawRow(row);
    return row;
  }

  /** Long labels are cut with an ellipsis rather than running under the value. */
  private fitLabel(row: Row): void {
    const room = METER_PANEL.width - METER_PANEL.padding * 2 - 70;
    let text = row.meter.label;
    row.label.setText(text);
    while (row.label.width > room && text.length > 4) {
      text = text.slice(0, -1);
      row.label.setText(`${text.trimEnd()}\u2026`);
    }
  }

  private update(row: Row, meter: StageMeter, index: number): void {
    const delta = meter.value - row.meter.value;
    row.meter = { ...meter };
    if (row.label.text !== meter.label) this.fitLabel(row);
    if (delta === 0) return;
    this.motion.stop(row.shown);
    this.motion.to(
      row.shown,
      { value: meter.value },
      { duration: GLIDE_MS, ease: 'Cubic.easeOut', onUpdate: () => this.drawRow(row) },
    );
    this.showChip(delta, index);
  }

  private drawRow(row: Row): void {
    const top = rowTop(row.index) + BAR.offsetY;
    const fraction = meterFraction({ ...row.meter, value: row.shown.value });
    const x = left + METER_PANEL.padding;
    row.value.setText(String(Math.round(row.shown.value)));
    row.bar.clear();
    row.bar.fillStyle(ink.night, 1);
    row.bar.fillRoundedRect(x, top, barWidth, BAR.height, BAR.height / 2);
    if (fraction <= 0) return;
    row.bar.fillStyle(meterColour(fraction), 1);
    row.bar.fillRoundedRect(
      x,
      top,
      Math.max(BAR.height, barWidth * fraction),
      BAR.height,
      BAR.height / 2,
    );
  }

  private showChip(delta: number, index: number): void {
    const label = formatDelta(delta);
    if (!label || this.motion.reduced) return;
    const chip = this.scene.add
      .text(left - 14, rowTop(index) + 8, label, {
        fontFamily: fontStack,
        fontSize: '22px',
        fontStyle: 'bold',
        color: delta > 0 ? palette.positive : palette.negative,
        stroke: palette.night,
        strokeThickness: 5,
      })
      .setOrigin(1, 0);
    this.container.add(chip);
    this.chips.add(chip);
    this.motion.to(
      chip,
      { y: chip.y - 26, alpha: 0 },
      {
        duration: CHIP_MS,
        ease: 'Quad.easeIn',
        delay: 250,
        onComplete: () => this.removeChip(chip),
      },
    );
  }

  private removeChip(chip: Phaser.GameObjects.Text): void {
    this.motion.stop(chip);
    this.chips.delete(chip);
    chip.destroy();
  }

  private destroyRow(row: Row): void {
    this.motion.stop(row.shown);
    row.label.destroy();
    row.value.destroy();
    row.bar.destroy();
  }
}
