import type { ReactNode } from 'react';
import { useDocumentTitle } from '../useDocumentTitle.ts';

export interface DashboardSection {
  /** The id of the section the link jumps to. */
  id: string;
  label: string;
}

export interface DashboardShellProps {
  /** The browser tab's title while the page is open. */
  documentTitle: string;
  className?: string;
  header: ReactNode;
  /** Names the bar of links to the page's sections. */
  sectionsLabel: string;
  sections: DashboardSection[];
  children: ReactNode;
}

/** A dashboard page (exhibitor, organiser): its header, a bar of links to its sections, then the sections. */
export function DashboardShell({
  documentTitle,
  className = 'exhibitor',
  header,
  sectionsLabel,
  sections,
  children,
}: DashboardShellProps) {
  useDocumentTitle(documentTitle);
  return (
    <div className={className}>
      {header}
      <nav className="exh-sections" aria-label={sectionsLabel}>
        {sections.map((section) => (
          <a key={section.id} href={`#${section.id}`}>
            {section.label}
          </a>
        ))}
      </nav>
      <main id="main" className="exh-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
