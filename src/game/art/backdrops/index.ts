/**
 * One flat illustration per setting in the scenario schema. The record is typed by
 * `Setting`, so adding a setting to the schema without art fails the type check.
 */
import type { Setting } from '../../../engine/scenario/schema';
import type { Shape } from '../shapes';
import { bank, clinic, factory, hotel, store } from './venues';
import { gym, restaurant, warehouse } from './trades';
import { contactCentre, office, serviceDesk, startup } from './workplaces';

export { HEIGHT as STAGE_HEIGHT, WIDTH as STAGE_WIDTH } from './props';

const BACKDROPS: Record<Setting, () => Shape[]> = {
  store,
  'contact-centre': contactCentre,
  office,
  hotel,
  clinic,
  bank,
  factory,
  startup,
  'service-desk': serviceDesk,
  restaurant,
  gym,
  warehouse,
};

export const DEFAULT_SETTING: Setting = 'office';

export function backdropShapes(setting: Setting | undefined): Shape[] {
  return BACKDROPS[setting ?? DEFAULT_SETTING]();
}
