/** Live rooms on the facilitator's home: offered only when the page came from the room server. */
import { button, el } from '../../ui/kit';
import { keptRooms } from '../live-keys';
import type { FacilitatorContext } from '../machine-types';
import type { ViewTools } from './snapshot';

export function liveSection(context: FacilitatorContext, tools: ViewTools): HTMLElement | null {
  if (!context.live) return null;
  const rooms = keptRooms();
  return el('section', { className: 'fac-section' }, [
    el('h2', { text: 'Live rooms' }),
    el('p', {
      text: 'Participants join on their own devices with a short code; you see who joined, where each one is and how the room splits, as it happens. A room can also play together: the story on your screen, the votes from their phones.',
    }),
    button(
      'New live room',
      () => tools.send({ type: 'facilitator.openLive', roomId: null }),
      'button button-primary',
    ),
    rooms.length > 0
      ? el(
          'ul',
          {
            className: 'fac-workshops',
            attrs: { 'aria-label': 'Live rooms opened in this browser' },
          },
          rooms.map((room) =>
            el('li', {}, [
              el('span', {
                className: 'fac-workshop-name',
                text: `${room.name} (code ${room.code})`,
              }),
              button(
                `Open room ${room.code}`,
                () => tools.send({ type: 'facilitator.openLive', roomId: room.roomId }),
                'button button-small',
              ),
            ]),
          ),
        )
      : null,
  ]);
}
