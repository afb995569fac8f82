import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCards, type CardNews } from '../../state/cards.ts';
import { onePanelAtATime, useHud } from '../../state/hud.ts';

/** How long a refusal stays before it fades by itself; what became of an offer stays until dismissed. */
const REFUSAL_SHOWN_MS = 10_000;

function sentence(t: ReturnType<typeof useTranslation>['t'], news: CardNews): string {
  switch (news.kind) {
    case 'exchanged':
      return t('cards.exchanged', { name: news.name });
    case 'closed':
      return t(`cards.${news.sentByMe ? 'closedMine' : 'closedTheirs'}.${news.closed.reason}`, {
        name: news.closed.name,
      });
    case 'refused':
      return t(`cards.refused.${news.reason}`);
  }
}

/** What became of an offer (kept until dismissed), or why one was not made (fades after a while). */
export function NewsLine({ news }: { news: CardNews }) {
  const { t } = useTranslation();
  const dismiss = () => useCards.getState().dismiss(news.seq);
  const fades = news.kind === 'refused';
  useEffect(() => {
    if (!fades) return;
    const timer = setTimeout(() => useCards.getState().dismiss(news.seq), REFUSAL_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [news.seq, fades]);
  return (
    <div className="card-news" data-kind={news.kind}>
      <span className="card-news-text">{sentence(t, news)}</span>
      {news.kind === 'exchanged' && (
        <button
          type="button"
          className="card-link-button"
          onClick={() => {
            useHud.getState().open('cards', onePanelAtATime());
            dismiss();
          }}
        >
          {t('cards.open')}
        </button>
      )}
      <button type="button" className="hud-close small" onClick={dismiss} aria-label={t('world.close')}>
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
