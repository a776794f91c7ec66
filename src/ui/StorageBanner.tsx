import type { ReactNode } from 'react';

/** A plain-words warning across the top of the page; `children` holds what the user can do. */
export function StorageBanner({ message, children }: { message: string; children?: ReactNode }) {
  return (
    <div className="banner banner--warning" role="alert">
      <p>{message}</p>
      {children ? <div className="banner__actions">{children}</div> : null}
    </div>
  );
}
