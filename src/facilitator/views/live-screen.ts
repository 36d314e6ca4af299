/**
 * The facilitator area's live-room screen: runs the live room's own machine
 * (live-room-machine.ts) and shows the new-room form, the room, or why it cannot be opened.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import { button, el } from '../../ui/kit';
import { liveRoomMachine } from '../live-room-machine';
import { liveNewForm } from './live-new';
import { liveRoomView, type LiveRoomView } from './live-room';
import { defaultJoinBase, openJoinScreen } from './live-join';
import type { Screen, ViewTools } from './snapshot';

type LiveSnapshot = SnapshotFrom<typeof liveRoomMachine>;

export function liveScreen(tools: ViewTools): Screen {
  const { context } = tools.snapshot();
  const route = context.route.kind === 'live' ? context.route : { roomId: null };
  const live = context.live;
  const actor = createActor(liveRoomMachine, {
    input: {
      roomId: route.roomId,
      ...('key' in route && route.key ? { key: route.key } : {}),
      url: window.location.href,
    },
  });
  const element = el('div', { className: 'fac-live' });
  const back = () => tools.send({ type: 'facilitator.back' });
  let shown = '';
  let room: LiveRoomView | null = null;
  let join: ReturnType<typeof openJoinScreen> | null = null;
  let joinBase = defaultJoinBase(live?.joinAddresses ?? [], window.location.href);

  const showJoin = () => {
    const feed = actor.getSnapshot().context.feed;
    if (!feed) return;
    join?.close();
    join = openJoinScreen({
      code: feed.room.code,
      roomName: feed.room.name,
      base: joinBase,
      joined: () => actor.getSnapshot().context.feed?.participants.length ?? 0,
      onBase: (base) => (joinBase = base),
    });
  };

  const note = (text: string) =>
    el('div', { className: 'fac-home' }, [
      el('p', { attrs: { role: 'alert' }, text }),
      button('Back to workshops', back, 'button'),
    ]);

  const draw = (snapshot: LiveSnapshot) => {
    const state = String(snapshot.value);
    if (state === 'created' && snapshot.context.room) {
      tools.send({ type: 'facilitator.openLive', roomId: snapshot.context.room.roomId });
      return;
    }
    if (state !== shown) {
      shown = state;
      room = null;
      if (state === 'form' && live)
        element.replaceChildren(
          liveNewForm(
            live,
            snapshot.context.problem,
            (request) => actor.send({ type: 'live.create', request }),
            back,
          ),
        );
      else if (state === 'creating')
        element.replaceChildren(el('p', { className: 'fac-loading', text: 'Opening the room…' }));
      else if (state === 'watching') {
        room = liveRoomView((event) => actor.send(event), tools.snapshot().context.library, {
          back,
          showJoin,
        });
        element.replaceChildren(room.element);
      } else if (state === 'unknown')
        element.replaceChildren(
          note(
            'This browser does not hold the key of that room. Open it with the room link from the device that created it.',
          ),
        );
      else if (state === 'deleted')
        element.replaceChildren(note('The room and everything in it are deleted from the server.'));
    }
    room?.update(snapshot.context);
    join?.update();
  };
  const subscription = actor.subscribe(draw);
  actor.start();
  draw(actor.getSnapshot());
  return {
    element,
    update: () => undefined,
    dispose() {
      subscription.unsubscribe();
      actor.stop();
      join?.close();
    },
  };
}
