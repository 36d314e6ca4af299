/**
 * The facilitator area's live-room screen: runs the live room's own machine
 * (live-room-machine.ts) and shows the new-room form, the room, or why it cannot be opened.
 */
import { createActor, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { LiveCapabilities } from '../../live/protocol';
import { button, el } from '../../ui/kit';
import { liveRoomMachine } from '../live-room-machine';
import { liveNewForm } from './live-new';
import { liveRoomView, type LiveRoomView } from './live-room';
import { defaultJoinBase, openJoinScreen } from './live-join';
import type { Screen, ViewTools } from './snapshot';

type LiveSnapshot = SnapshotFrom<typeof liveRoomMachine>;

function note(text: string, back: () => void): HTMLElement {
  return el('div', { className: 'fac-home' }, [
    el('p', { attrs: { role: 'alert' }, text }),
    button('Back to workshops', back, 'button'),
  ]);
}

/** What the screen shows in each state of the live room's machine but watching. */
function stateContent(
  state: string,
  snapshot: LiveSnapshot,
  tools: {
    actor: ActorRefFrom<typeof liveRoomMachine>;
    back: () => void;
    live: LiveCapabilities | null;
  },
): HTMLElement | null {
  const { actor, back, live } = tools;
  if (state === 'form' && live)
    return liveNewForm(
      live,
      snapshot.context.problem,
      (request) => actor.send({ type: 'live.create', request }),
      back,
    );
  if (state === 'creating') return el('p', { className: 'fac-loading', text: 'Opening the room…' });
  if (state === 'unknown')
    return note(
      'This browser does not hold the key of that room. Open it with the room link from the device that created it.',
      back,
    );
  if (state === 'deleted')
    return note('The room and everything in it are deleted from the server.', back);
  return null;
}

/** The live room's machine for the area's address (a room, with its key on another device). */
function roomActor(route: ReturnType<ViewTools['snapshot']>['context']['route']) {
  const room = route.kind === 'live' ? route : { roomId: null };
  return createActor(liveRoomMachine, {
    input: {
      roomId: room.roomId,
      ...('key' in room && room.key ? { key: room.key } : {}),
      url: window.location.href,
    },
  });
}

export function liveScreen(tools: ViewTools): Screen {
  const { context } = tools.snapshot();
  const live = context.live;
  const actor = roomActor(context.route);
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

  const draw = (snapshot: LiveSnapshot) => {
    const state = String(snapshot.value);
    if (state === 'created' && snapshot.context.room) {
      tools.send({ type: 'facilitator.openLive', roomId: snapshot.context.room.roomId });
      return;
    }
    if (state !== shown) {
      shown = state;
      room =
        state === 'watching'
          ? liveRoomView((event) => actor.send(event), tools.snapshot().context.library, {
              back,
              showJoin,
            })
          : null;
      const content = room?.element ?? stateContent(state, snapshot, { actor, back, live });
      if (content) element.replaceChildren(content);
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
