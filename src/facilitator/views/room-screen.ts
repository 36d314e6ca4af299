/** Room play as a screen of the facilitator area: the run on the projector, kept if the room wants. */
import { el } from '../../ui/kit';
import { renderRoomPlay } from './room-play';
import type { Screen, ViewTools } from './snapshot';

export function roomScreen(tools: ViewTools): Screen {
  const { context } = tools.snapshot();
  const element = el('div', { className: 'fac-room-host' });
  const scenarioId = context.route.kind === 'room' ? context.route.scenarioId : '';
  const known = context.library.get(scenarioId);
  if (!known) return { element, update: () => undefined, dispose: () => undefined };
  const stop = renderRoomPlay(element, {
    scenario: known.scenario,
    scoring: known.scoring,
    keep: {
      workshops: () => tools.snapshot().context.workshops,
      keep: (request) => {
        tools.send({ type: 'room.keep', request });
        return tools.snapshot().context.roomKeep;
      },
      onOpenWorkshop: (id) => tools.send({ type: 'facilitator.openWorkshop', id }),
    },
    onExit: () => tools.send({ type: 'facilitator.back' }),
  });
  return { element, update: () => undefined, dispose: stop };
}
