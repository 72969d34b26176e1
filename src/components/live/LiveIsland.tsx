import { useEffect, useId, useReducer, useRef, useState } from 'react';
import type { GuideForm } from '../../lib/guide/links';
import { GUIDE_PATHS } from '../../lib/guide/links';
import { getServiceRange } from '../../lib/checker/shared-keys';
import { initialState, reduce } from '../../lib/checker/state';
import { localePath } from '../../lib/rules/finding';
import CheckListView from '../checker/CheckListView';
import KeyFieldsView from '../checker/KeyFieldsView';
import { useMessages } from '../checker/messages';
import { useAdoptFields, useHydrated } from '../checker/useChecker';
import { useSharedKeys } from '../checker/useSharedKeys';
import {
  FALLBACK_PROBE_COUNT,
  runLiveCheck,
  type LiveAbout,
  type LiveOutcome,
} from './run-live-check';
import type { LiveWords } from '../../lib/messages/live-types';
import {
  announce,
  checkedWithText,
  configurationRows,
  keyFacts,
  summarizeChecks,
  type LiveLang,
} from './summary';
import './live.css';

export interface LiveProps {
  /** Which guide the fixes link to. */
  form: GuideForm;
}

/**
 * Island: checks the key on Kraken itself. The browser signs GetApiKeyInfo and
 * the fallback probes (run-live-check.ts); this component holds the typed keys
 * in memory and renders the outcome. Nothing is stored and nothing is logged.
 * It speaks its entry's language (`./LiveCheck`, `./id/LiveCheck`): its own
 * words, the checker's (the key fields, the results) and the relay's, asked
 * for in that language.
 */
export function LiveIsland({ form, words }: LiveProps & { words: LiveWords }) {
  const messages = useMessages();
  const lang: LiveLang = { words, ui: messages.ui };
  const t = words.ui;
  const id = useId();
  const hydrated = useHydrated();
  const [state, ownDispatch] = useReducer(reduce, undefined, () => initialState(form));
  const dispatch = useSharedKeys(ownDispatch);
  const root = useRef<HTMLElement>(null);
  // Keys typed or pasted before the island ran are what the check sends.
  useAdoptFields(root, dispatch);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<LiveOutcome | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [finishedAt, setFinishedAt] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const running = useRef(false);
  const hadFocus = useRef(false);

  // A disabled button drops focus; give it back once the check is done.
  useEffect(() => {
    if (busy || !hadFocus.current) return;
    hadFocus.current = false;
    const active = document.activeElement;
    if (active === null || active === document.body) button.current?.focus();
  }, [busy]);

  async function check() {
    if (running.current) return;
    running.current = true;
    hadFocus.current = document.activeElement === button.current;
    setBusy(true);
    setOutcome(null);
    setAnnouncement('');
    const result = await runLiveCheck({
      apiKey: state.apiKey ?? '',
      privateKey: state.privateKey ?? '',
      form,
      ui: t,
      lang: messages.lang,
      serviceRange: getServiceRange(),
    });
    running.current = false;
    setOutcome(result);
    setFinishedAt(Date.now());
    setAnnouncement(announce(lang, result));
    setBusy(false);
  }

  return (
    <section
      ref={root}
      className="kc-panel kc-live not-content"
      aria-labelledby={`${id}-title`}
      data-hydrated={String(hydrated)}
      data-live-check=""
    >
      <h3 className="kc-panel-title" id={`${id}-title`}>
        {t.heading}
      </h3>
      <noscript>
        <p className="kc-nojs">
          {t.noScript.before}{' '}
          <a href={localePath(GUIDE_PATHS.checker, messages.lang)}>{t.noScript.link}</a>{' '}
          {t.noScript.after}
        </p>
      </noscript>
      <KeyFieldsView state={state} dispatch={dispatch} hydrated={hydrated} inPostedForm={false} />
      <p className="kc-live-what" id={`${id}-what`}>
        {t.what(FALLBACK_PROBE_COUNT)}
      </p>
      <div className="kc-live-actions">
        <button
          ref={button}
          type="button"
          className="kc-button kc-button-primary"
          disabled={!hydrated || busy}
          aria-describedby={`${id}-what`}
          onClick={() => void check()}
        >
          {t.button}
        </button>
        {busy ? (
          <p className="kc-live-progress" data-live-progress="">
            <span className="kc-live-spinner" aria-hidden="true" />
            {t.progress}
          </p>
        ) : null}
      </div>
      <div
        className="kc-live-results"
        aria-busy={busy}
        data-live-outcome={outcome?.kind ?? (busy ? 'busy' : 'none')}
      >
        {outcome ? (
          <Outcome
            outcome={outcome}
            finishedAt={finishedAt}
            titleId={`${id}-r`}
            form={form}
            lang={lang}
          />
        ) : null}
      </div>
      <p className="sr-only" role="status">
        {announcement}
      </p>
    </section>
  );
}

function Outcome({
  outcome,
  finishedAt,
  titleId,
  form,
  lang,
}: {
  outcome: LiveOutcome;
  finishedAt: number;
  titleId: string;
  form: GuideForm;
  lang: LiveLang;
}) {
  const t = lang.words.ui;
  if (outcome.kind === 'checks') {
    const summary = summarizeChecks(lang, outcome.checks, outcome.about);
    return (
      <section className="kc-live-answer" aria-labelledby={titleId} data-verdict={summary.verdict}>
        <h3 className="kc-live-title" id={titleId}>
          {summary.title}
        </h3>
        {outcome.clockNote ? <p data-live-clock="">{outcome.clockNote}</p> : null}
        {outcome.about ? <About about={outcome.about} form={form} words={lang.words} /> : null}
        <CheckListView checks={outcome.checks} form={form} />
      </section>
    );
  }
  const again =
    outcome.kind === 'refused' && outcome.retryAfterSeconds !== undefined
      ? new Date(finishedAt + outcome.retryAfterSeconds * 1000).toLocaleTimeString(lang.words.lang)
      : null;
  const title =
    outcome.kind === 'unreachable'
      ? t.titles.unreachable
      : outcome.kind === 'input'
        ? t.titles.input
        : outcome.status === 429
          ? t.titles.tooMany
          : outcome.status >= 500
            ? t.titles.serverError
            : t.titles.refused;
  return (
    <div
      className="kc-live-message"
      data-live-error={outcome.kind === 'refused' ? String(outcome.status) : outcome.kind}
    >
      <p className="kc-live-title">{title}</p>
      <p>{outcome.message}</p>
      {outcome.kind === 'refused' && outcome.clockNote ? (
        <p data-live-clock="">{outcome.clockNote}</p>
      ) : null}
      {again ? <p>{t.againAt(again)}</p> : null}
      <p className="kc-hint">{t.stillTyped}</p>
    </div>
  );
}

/** How the key was checked, and Kraken's report of it beside what the guide needs. */
function About({ about, form, words: W }: { about: LiveAbout; form: GuideForm; words: LiveWords }) {
  const key = about.key;
  const facts = key ? keyFacts(W, key) : null;
  const words = W.facts;
  const table = W.table;
  return (
    <div
      className="kc-live-about"
      data-checked-with={about.checkedWith}
      data-stopped={about.stop?.code}
    >
      <p>{checkedWithText(W, about)}</p>
      {key && facts ? (
        <>
          <dl className="kc-live-key">
            <div>
              <dt>{words.name}</dt>
              <dd data-key-name="">{facts.name}</dd>
            </div>
            <div>
              <dt>{words.created}</dt>
              <dd data-key-created="">{facts.created}</dd>
            </div>
            <div>
              <dt>{words.modified}</dt>
              <dd data-key-modified="">{facts.modified}</dd>
            </div>
            <div>
              <dt>{words.lastUsed}</dt>
              <dd data-last-used="">{facts.lastUsed}</dd>
            </div>
          </dl>
          <table className="kc-live-config">
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{table.setting}</th>
                <th scope="col">{table.kraken}</th>
                <th scope="col">{table.guide}</th>
              </tr>
            </thead>
            <tbody>
              {configurationRows(W, key, form).map((row) => (
                <tr key={row.setting}>
                  <th scope="row">{row.setting}</th>
                  <td>{row.kraken}</td>
                  <td>{row.guide}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </div>
  );
}
