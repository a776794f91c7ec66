import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { openRepository } from '../storage/openRepository';
import type { ModelRepository } from '../storage/repository';
import { EditorPage } from '../ui/EditorPage';
import { HomePage } from '../ui/HomePage';
import { StorageBanner } from '../ui/StorageBanner';
import { RepositoryContext } from './RepositoryContext';
import { UpdateNotice } from './UpdateNotice';
import { parseRoute, useHash } from './route';

// A plan's dashboard is loaded when one is opened, not with the editor.
const PlanDashboard = lazy(() => import('../ui/plans/PlanDashboard').then((module) => ({ default: module.PlanDashboard })));

// Only a share link opens it: its code (signing in, joining a room) stays out of the first JavaScript.
const JoinPage = lazy(() => import('../ui/JoinPage').then((module) => ({ default: module.JoinPage })));

function Opening() {
  return (
    <main className="loading" aria-busy="true">
      <p>Opening Outcome Chains…</p>
    </main>
  );
}

export function App() {
  const [opened, setOpened] = useState<{ repository: ModelRepository; problem?: string } | null>(null);
  const hash = useHash();
  const route = useMemo(() => parseRoute(hash), [hash]);

  useEffect(() => {
    let cancelled = false;
    void openRepository().then((result) => {
      if (cancelled) {
        result.repository.close();
        return;
      }
      setOpened(result);
      void result.repository.requestPersistence();
    });
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <>
      {opened ? (
        <RepositoryContext.Provider value={opened.repository}>
          {opened.problem ? <StorageBanner message={opened.problem} /> : null}
          {route.page === 'model' ? (
            <EditorPage key={route.id} modelId={route.id} />
          ) : route.page === 'plan' ? (
            <Suspense fallback={<main className="loading" aria-busy="true"><p>Opening the plan…</p></main>}>
              <PlanDashboard key={route.id} planId={route.id} />
            </Suspense>
          ) : route.page === 'join' ? (
            <Suspense fallback={<Opening />}>
              <JoinPage key={`${route.room}/${route.token}`} room={route.room} token={route.token} />
            </Suspense>
          ) : (
            <HomePage />
          )}
        </RepositoryContext.Provider>
      ) : (
        <Opening />
      )}
      <UpdateNotice />
    </>
  );
}
