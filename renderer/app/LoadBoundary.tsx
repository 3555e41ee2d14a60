/**
 * Around the parts that load when first opened (the Non-punishment workbench, the report
 * dialog): if their code cannot be fetched — the browser host restarted with a new build while
 * the tab stayed open, say — the rest of the window stays, with a message and a way to reload,
 * instead of React unmounting everything.
 */
import { Component, Suspense, type ReactNode } from 'react'
import { useI18n } from '../i18n/index.js'

interface State { readonly failed: boolean }

class Boundary extends Component<{ children: ReactNode; fallback: ReactNode }, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}

export function LoadBoundary({ children, loading = null }: { children: ReactNode; loading?: ReactNode }) {
  const { t } = useI18n()
  const failed = (
    <p role="alert" className="load-failed">
      {t('app.loadFailed')} <button type="button" onClick={() => window.location.reload()}>{t('app.reload')}</button>
    </p>
  )
  return (
    <Boundary fallback={failed}>
      <Suspense fallback={loading}>{children}</Suspense>
    </Boundary>
  )
}
