/**
 * The test-side notes on each scenario of the library, one file per scenario: how it opens
 * (`openings.ts`), which habit each choice follows (`choice-styles.ts`) and what its lines
 * claim about the run (`continuity-notes.ts`). A scenario file without notes fails those tests.
 */
import type { Note } from '../continuity-notes';
import type { ScenarioStyles } from '../choice-styles';
import type { Opening } from '../openings';
import { notes as callbackPromise } from './callback-promise';
import { notes as doublingTheTeam } from './doubling-the-team';
import { notes as eightOclockScramble } from './eight-oclock-scramble';
import { notes as fortyOneComments } from './forty-one-comments';
import { notes as frozenAccount } from './frozen-account';
import { notes as lateShipment } from './late-shipment';
import { notes as permitCounter } from './permit-counter';
import { notes as priceChangeFallout } from './price-change-fallout';
import { notes as priceOrTheApp } from './price-or-the-app';
import { notes as runningOnEmpty } from './running-on-empty';
import { notes as saturdayReturns } from './saturday-returns';
import { notes as weddingWeekend } from './wedding-weekend';

export interface ScenarioNotes {
  opening: Opening;
  styles: ScenarioStyles;
  continuity: Record<string, Note>;
}

export const LIBRARY_NOTES: Record<string, ScenarioNotes> = {
  'callback-promise': callbackPromise,
  'doubling-the-team': doublingTheTeam,
  'eight-oclock-scramble': eightOclockScramble,
  'forty-one-comments': fortyOneComments,
  'frozen-account': frozenAccount,
  'late-shipment': lateShipment,
  'permit-counter': permitCounter,
  'price-change-fallout': priceChangeFallout,
  'price-or-the-app': priceOrTheApp,
  'running-on-empty': runningOnEmpty,
  'saturday-returns': saturdayReturns,
  'wedding-weekend': weddingWeekend,
};
