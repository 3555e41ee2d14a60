/** Renderer entry: pick the host (Electron preload or the browser host) and mount the app. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { connectHost } from './host/index.js'
import { I18nProvider } from './i18n/index.js'
import { App } from './app/App.js'
import { startupCalls } from './app/startup.js'
import 'prosemirror-view/style/prosemirror.css'
import './styles.css'

const root = document.getElementById('root')
if (root) {
  // One host for the life of the page: a new one per render would re-run the App's start-up
  // (every HostApi call twice before the first diff) whenever the provider above it re-renders.
  const host = connectHost()
  const startup = startupCalls(host)
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <App host={host} startup={startup} />
      </I18nProvider>
    </StrictMode>,
  )
}
