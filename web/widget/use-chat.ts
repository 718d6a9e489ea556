// The widget's conversation state: messages (deduplicated by id), sends that
// retry with the same clientMessageId, the live stream and the rating.
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { Callback, CallbackChannel, Conversation, Message } from "../shared/api-types.ts";
import { ApiError, newClientMessageId } from "../shared/http.ts";
import { openLiveStream } from "../shared/live-stream.ts";
import { lastMessageId, mergeMessages } from "../shared/merge-messages.ts";
import { draftOf, listenForOpeningDrafts } from "./answer-draft.ts";
import { adoptConversation } from "./adopt-conversation.ts";
import type { CustomerApi, Session } from "./customer-api.ts";
import { loadSession, saveSession } from "./session-store.ts";

export interface PendingMessage {
  clientMessageId: string;
  text: string;
  failed: boolean;
}

export interface Chat {
  conversation: Conversation | undefined;
  messages: Message[];
  pending: PendingMessage[];
  connected: boolean;
  /** An assistant answer still being written: its checked part so far. */
  draft: string | undefined;
  rated: boolean;
  send: (text: string) => void;
  retry: (clientMessageId: string) => void;
  askForPerson: (text: string) => void;
  rate: (score: number, comment: string) => Promise<void>;
  /** The callback this page asked for, once the desk confirmed it. */
  callback: Callback | undefined;
  /** Throws the desk's error (400 for a contact it cannot use). */
  requestCallback: (channel: CallbackChannel, contact: string, note: string) => Promise<void>;
  restart: () => void;
}

const AUTO_RETRIES = 3;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function useChat(api: CustomerApi, base: string, language: string): Chat {
  const [session, setSession] = useState<Session | undefined>(() => loadSession(base));
  const [conversation, setConversation] = useState<Conversation>();
  const [messages, setMessages] = useState<Message[]>([]);
  const [pending, setPending] = useState<PendingMessage[]>([]);
  const [connected, setConnected] = useState(true);
  const [rated, setRated] = useState(false);
  const [callback, setCallback] = useState<Callback>();
  const [draft, setDraft] = useState<{ id: string; text: string }>();

  // Refs let queued async work see the latest values without re-subscribing.
  const sessionRef = useRef(session);
  const messagesRef = useRef(messages);
  const queue = useRef<Promise<void>>(Promise.resolve());
  sessionRef.current = session;
  messagesRef.current = messages;

  const connectedRef = useRef(connected);
  connectedRef.current = connected;
  const conversationRef = useRef(conversation);

  const keepConversation = useCallback((c: Conversation) => {
    conversationRef.current = c;
    setConversation(c);
  }, []);

  // One draft at a time. Once a reply arrives (or the send settles) the draft is over,
  // and a late frame of it must not bring it back.
  const finishedDrafts = useRef(new Set<string>());
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const endDraft = useCallback(() => {
    const current = draftRef.current;
    if (!current) return;
    finishedDrafts.current.add(current.id);
    draftRef.current = undefined;
    setDraft(undefined);
  }, []);
  const showDraft = useCallback((d: { id: string; text: string }) => {
    if (finishedDrafts.current.has(d.id)) return;
    draftRef.current = d;
    setDraft(d);
  }, []);

  // `fromSend`: the conversation came with a send's answer, which may be older than the
  // last stream frame (see adoptConversation).
  const absorb = useCallback(
    (incoming: Message[], conv?: Conversation, fromSend = false) => {
      messagesRef.current = mergeMessages(messagesRef.current, incoming);
      setMessages(messagesRef.current);
      if (incoming.some((m) => m.author !== "customer")) endDraft();
      const acknowledged = new Set(incoming.map((m) => m.clientMessageId));
      setPending((p) => p.filter((x) => !acknowledged.has(x.clientMessageId)));
      if (conv && adoptConversation(conversationRef.current, conv, { fromSend, streaming: connectedRef.current })) {
        keepConversation(conv);
      }
    },
    [keepConversation, endDraft],
  );

  const remember = useCallback(
    (s: Session | undefined) => {
      sessionRef.current = s;
      setSession(s);
      saveSession(base, s);
    },
    [base],
  );

  const forget = useCallback(() => {
    endDraft();
    remember(undefined);
    messagesRef.current = [];
    setMessages([]);
    setPending([]);
    conversationRef.current = undefined;
    setConversation(undefined);
    setRated(false);
    setCallback(undefined);
  }, [remember, endDraft]);

  // One send, tried a few times with the same clientMessageId: the desk stores a
  // message at most once per id, so a retry after a lost answer duplicates nothing.
  const deliver = useCallback(
    async (text: string, clientMessageId: string): Promise<boolean> => {
      for (let attempt = 0; ; attempt++) {
        try {
          const s = sessionRef.current;
          if (s) {
            const res = await api.send(s, text, clientMessageId);
            absorb(res.messages, res.conversation, true);
          } else {
            const stopDrafts = listenForOpeningDrafts(api.openingDraftsUrl(clientMessageId), showDraft);
            try {
              const res = await api.open(text, clientMessageId, language);
              remember({ conversationId: res.conversation.id, token: res.token });
              absorb(res.messages, res.conversation);
            } finally {
              stopDrafts();
            }
          }
          return true;
        } catch (err) {
          endDraft();
          const retryable = err instanceof ApiError && err.retryable;
          if (err instanceof ApiError && err.status === 404 && sessionRef.current) forget();
          if (!retryable || attempt >= AUTO_RETRIES) {
            setPending((p) => p.map((x) => (x.clientMessageId === clientMessageId ? { ...x, failed: true } : x)));
            return false;
          }
          await sleep(1000 * 2 ** attempt);
        }
      }
    },
    [api, language, absorb, remember, forget, endDraft, showDraft],
  );

  // Sends run one after another: the first creates the conversation the rest join.
  const enqueue = useCallback((task: () => Promise<unknown>) => {
    queue.current = queue.current.then(task).then(
      () => undefined,
      () => undefined,
    );
  }, []);

  const submit = useCallback(
    (text: string, clientMessageId: string) => {
      setPending((p) => [
        ...p.filter((x) => x.clientMessageId !== clientMessageId),
        { clientMessageId, text, failed: false },
      ]);
      enqueue(() => deliver(text, clientMessageId));
    },
    [deliver, enqueue],
  );

  const send = useCallback((text: string) => submit(text, newClientMessageId()), [submit]);

  const retry = useCallback(
    (id: string) => {
      const p = pending.find((x) => x.clientMessageId === id);
      if (p) submit(p.text, id);
    },
    [pending, submit],
  );

  const askForPerson = useCallback(
    (text: string) => {
      if (text) send(text);
      enqueue(async () => {
        const s = sessionRef.current;
        if (!s) return;
        const res = await api.handoff(s);
        absorb([], res.conversation, true);
      });
    },
    [api, send, enqueue, absorb],
  );

  const rate = useCallback(
    async (score: number, comment: string) => {
      const s = sessionRef.current;
      if (!s) return;
      await api.rate(s, score, comment);
      setRated(true);
    },
    [api],
  );

  const requestCallback = useCallback(
    async (channel: CallbackChannel, contact: string, note: string) => {
      const s = sessionRef.current;
      if (!s) return;
      setCallback(await api.requestCallback(s, channel, contact, note));
    },
    [api],
  );

  // Restore a conversation kept from an earlier page load.
  useEffect(() => {
    const s = loadSession(base);
    if (!s) return;
    api.messagesAfter(s, undefined).then(
      (res) => absorb(res.messages, res.conversation),
      (err: unknown) => {
        if (err instanceof ApiError && (err.status === 404 || err.status === 401)) forget();
      },
    );
  }, [api, base, absorb, forget]);

  useEffect(() => {
    if (!session) return;
    return openLiveStream<Conversation>({
      url: () => api.streamUrl(session),
      catchUp: async () => {
        const res = await api.messagesAfter(session, lastMessageId(messagesRef.current));
        absorb(res.messages, res.conversation);
      },
      onMessage: (m) => absorb([m]),
      onConversation: keepConversation,
      onConnected: setConnected,
      onOther: (frame) => {
        const d = draftOf(frame, session.conversationId);
        if (d) showDraft(d);
      },
    });
  }, [api, session, absorb, keepConversation, showDraft]);

  // The desk remembers a rating, so a reload after rating does not ask again.
  const hasRated = rated || conversation?.rating !== undefined;

  return {
    conversation,
    messages,
    pending,
    connected,
    draft: draft?.text,
    rated: hasRated,
    send,
    retry,
    askForPerson,
    rate,
    callback,
    requestCallback,
    restart: forget,
  };
}
