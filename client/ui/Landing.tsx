import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DisplayName, InviteCode } from '../../shared/api.ts';
import type { CountryId } from '../../shared/countries.ts';
import { localize, type Lang } from '../../shared/languages.ts';
import { createSession } from '../net/api.ts';
import { asApiFailure } from '../net/apiFailure.ts';
import { PATHS, useRoute } from '../state/route.ts';
import { useSession } from '../state/session.ts';
import { CatalogueStatus } from './CatalogueStatus.tsx';
import { CountryPicker } from './CountryPicker.tsx';
import { FrontDoor } from './FrontDoor.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';
import { useCatalogue } from './useCatalogue.ts';
import { failureText } from '../i18n/failureText.ts';

const NAME_KEY = 'tm.name';
const COUNTRY_KEY = 'tm.country';

/** Translation key for why a name is refused, matching the shared DisplayName rules. */
function nameProblem(name: string): string | null {
  const result = DisplayName.safeParse(name);
  if (result.success) return null;
  const trimmed = name.trim();
  if (trimmed.length === 0) return 'validation.nameRequired';
  if (trimmed.length > 40) return 'validation.nameTooLong';
  return 'validation.nameInvalid';
}

/** An invitation code from the link that opened the page, if it is well-formed. */
function inviteFromUrl(): string | undefined {
  const parsed = InviteCode.safeParse(new URLSearchParams(location.search).get('invite'));
  return parsed.success ? parsed.data : undefined;
}

/** The front door: the event's name, and who you are before you walk in. */
export function Landing() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage as Lang;
  const { state, retry } = useCatalogue();
  const catalogue = useSession((s) => s.catalogue);
  const notice = useSession((s) => s.notice);
  const [name, setName] = useState(() => localStorage.getItem(NAME_KEY) ?? '');
  const [country, setCountry] = useState<CountryId | null>(() => localStorage.getItem(COUNTRY_KEY) as CountryId | null);
  const [errors, setErrors] = useState<{ name?: string; country?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const [invite, setInvite] = useState(inviteFromUrl);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = nameProblem(name);
    const next = {
      ...(problem ? { name: t(problem) } : {}),
      ...(country ? {} : { country: t('validation.countryRequired') }),
    };
    setErrors(next);
    if (problem || !country) return;
    setBusy(true);
    try {
      const session = await createSession({ name: name.trim(), country, lang, ...(invite ? { invite } : {}) });
      localStorage.setItem(NAME_KEY, name.trim());
      localStorage.setItem(COUNTRY_KEY, country);
      useSession.getState().setSession(session);
      useRoute.getState().navigate(PATHS.event);
    } catch (error) {
      const failure = asApiFailure(error);
      if (invite && failure.code === 'forbidden') {
        // A bad invitation must not lock the door: the next try enters as a visitor.
        setInvite(undefined);
        history.replaceState(null, '', location.pathname);
        setErrors({ form: t('errors.inviteInvalid') });
      } else {
        setErrors({ form: failureText(t, failure) });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <FrontDoor
      title={catalogue ? localize(catalogue.event.name, lang) : t('app.title')}
      subtitle={catalogue ? localize(catalogue.event.subtitle, lang) : t('app.subtitle')}
    >
      <section className="landing-card" aria-labelledby="welcome">
        <h2 id="welcome">{t('landing.heading')}</h2>
        <p className="intro">{t('landing.intro')}</p>
        {invite && (
          <p className="notice" role="status">
            {t('landing.invited')}
          </p>
        )}
        {notice && (
          <p className="notice" role="alert">
            {t(notice.key, notice.values)}
          </p>
        )}
        <CatalogueStatus state={state} retry={retry} />
        {catalogue && (
          <form onSubmit={submit} noValidate>
            <div className="field">
              <label htmlFor="name">{t('landing.nameLabel')}</label>
              <input
                id="name"
                name="name"
                autoComplete="name"
                maxLength={60}
                value={name}
                placeholder={t('landing.namePlaceholder')}
                aria-invalid={errors.name ? true : undefined}
                aria-describedby={errors.name ? 'name-error' : 'name-hint'}
                onChange={(e) => setName(e.target.value)}
              />
              {errors.name ? (
                <p id="name-error" className="field-error" role="alert">
                  {errors.name}
                </p>
              ) : (
                <p id="name-hint" className="hint">
                  {t('landing.nameHint')}
                </p>
              )}
            </div>
            <CountryPicker catalogue={catalogue} value={country} onChange={setCountry} error={errors.country} />
            <LanguagePicker />
            {errors.form && (
              <p className="field-error" role="alert">
                {errors.form}
              </p>
            )}
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('landing.entering') : t('landing.enter')}
            </button>
            <p className="hint">
              {t('landing.pavilionCount', { count: catalogue.pavilions.length })} · {t('landing.controlsHint')}
            </p>
          </form>
        )}
      </section>
    </FrontDoor>
  );
}
