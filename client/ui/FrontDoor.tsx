import type { ReactNode } from 'react';
import { LanguagePicker } from './LanguagePicker.tsx';
import { useDocumentTitle } from './useDocumentTitle.ts';

export interface FrontDoorProps {
  title: string;
  subtitle: string;
  className?: string;
  children: ReactNode;
}

/** The landing-style page: ornamented backdrop, brand, title, language picker, then the content. */
export function FrontDoor({ title, subtitle, className, children }: FrontDoorProps) {
  // The tab says where one is in the interface language, as the heading does.
  useDocumentTitle(title);
  return (
    <main id="main" className={className ? `landing ${className}` : 'landing'}>
      <div className="landing-backdrop" aria-hidden="true" />
      <header className="landing-header">
        <div className="brand-mark" aria-hidden="true" />
        <div>
          <h1>{title}</h1>
          <p className="subtitle">{subtitle}</p>
        </div>
        <LanguagePicker compact />
      </header>
      {children}
    </main>
  );
}
