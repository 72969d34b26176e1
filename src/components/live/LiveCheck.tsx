import { useEffect, useId, useReducer, useRef, useState } from 'react';
import type { GuideForm } from '../../lib/guide/links';
import { GUIDE_PATHS } from '../../lib/guide/links';
import { getServiceRange } from '../../lib/checker/shared-keys';
import { initialState, reduce } from '../../lib/checker/state';
import CheckList from '../checker/CheckList';
import KeyFields from '../checker/KeyFields';
import { useAdoptFields, useHydrated } from '../checker/useChecker';
import { useSharedKeys } from '../checker/useSharedKeys';
import {
  FALLBACK_PROBE_COUNT,
  runLiveCheck,
  type LiveAbout,
  type LiveOutcome,
} from './run-live-check';
import { LIVE_WORDS } from '../../lib/messages/en/live';
import { announce, checkedWithText, configurationRows, keyFacts, summarizeChecks } from './summary';
import './live.css';

interface Props {
  /** Which guide the fixes link to. */
  form: GuideForm;
}

/**
 * Island: checks the key on Kraken itself. The browser signs GetApiKeyInfo and
 * the fallback probes (run-live-check.ts); this component holds the typed keys
 * in memory and renders the outcome. Nothing is stored and nothing is logged.
 */
export default function LiveCheck({ form }: Props) {
  const id = useId();
  const hydrated = useHydrated();
  const [state, dispatch] = useReducer(reduce, undefined, () => initialState(form));
  const root = useRef<HTMLElement>(null);
  // Keys typed or pasted before the island ran are what the check sends.
  useAdoptFields(root, dispatch);
  useSharedKeys(state, dispatch);
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
      serviceRange: getServiceRange(),
    });
    running.current = false;
    setOutcome(result);
    setFinishedAt(Date.now());
    setAnnouncement(announce(result));
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
        Check your key on Kraken
      </h3>
      <noscript>
        <p className="kc-nojs">
          The live check needs JavaScript: your browser signs the requests to Kraken with your
          private key, so that the private key never has to leave this page. Without JavaScript, the{' '}
          <a href={GUIDE_PATHS.checker}>key checker page</a> still checks what you set on Kraken.
        </p>
      </noscript>
      <KeyFields state={state} dispatch={dispatch} hydrated={hydrated} inPostedForm={false} />
      <p className="kc-live-what" id={`${id}-what`}>
        Your browser signs read-only requests with your private key; only the API key and those
        signatures go to this site’s server, which forwards them to Kraken and returns Kraken’s
        answers. First Kraken is asked to describe the key (GetApiKeyInfo, which needs no
        permission): one call. Only if it cannot are {FALLBACK_PROBE_COUNT} probes sent, one per
        permission. Your private key never leaves this page, and neither key is kept: the server
        holds only a fingerprint of the API key for 30 seconds, to space out checks.
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
          Check my key on Kraken
        </button>
        {busy ? (
          <p className="kc-live-progress" data-live-progress="">
            <span className="kc-live-spinner" aria-hidden="true" />
            Checking with Kraken, one call at a time; this takes up to 30 seconds…
          </p>
        ) : null}
      </div>
      <div
        className="kc-live-results"
        aria-busy={busy}
        data-live-outcome={outcome?.kind ?? (busy ? 'busy' : 'none')}
      >
        {outcome ? (
          <Outcome outcome={outcome} finishedAt={finishedAt} titleId={`${id}-r`} form={form} />
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
}: {
  outcome: LiveOutcome;
  finishedAt: number;
  titleId: string;
  form: GuideForm;
}) {
  if (outcome.kind === 'checks') {
    const summary = summarizeChecks(outcome.checks, outcome.about);
    return (
      <section className="kc-live-answer" aria-labelledby={titleId} data-verdict={summary.verdict}>
        <h3 className="kc-live-title" id={titleId}>
          {summary.title}
        </h3>
        {outcome.clockNote ? <p data-live-clock="">{outcome.clockNote}</p> : null}
        {outcome.about ? <About about={outcome.about} form={form} /> : null}
        <CheckList checks={outcome.checks} form={form} />
      </section>
    );
  }
  const again =
    outcome.kind === 'refused' && outcome.retryAfterSeconds !== undefined
      ? new Date(finishedAt + outcome.retryAfterSeconds * 1000).toLocaleTimeString()
      : null;
  const title =
    outcome.kind === 'unreachable'
      ? 'This site’s server could not be reached'
      : outcome.kind === 'input'
        ? 'Nothing was sent'
        : outcome.status === 429
          ? 'Not checked yet'
          : outcome.status >= 500
            ? 'Kraken did not answer'
            : 'The check did not run';
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
      {again ? <p>You can run the check for this key again at {again}.</p> : null}
      <p className="kc-hint">What you typed is still in the fields above.</p>
    </div>
  );
}

/** How the key was checked, and Kraken's report of it beside what the guide needs. */
function About({ about, form }: { about: LiveAbout; form: GuideForm }) {
  const key = about.key;
  const facts = key ? keyFacts(key) : null;
  const words = LIVE_WORDS.facts;
  const table = LIVE_WORDS.table;
  return (
    <div
      className="kc-live-about"
      data-checked-with={about.checkedWith}
      data-stopped={about.stop?.code}
    >
      <p>{checkedWithText(about)}</p>
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
              {configurationRows(key, form).map((row) => (
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
