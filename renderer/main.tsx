/** Renderer entry: pick the host (Electron preload or the browser host) and mount the app. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { connectHost } from './host/index.js'
import { I18nProvider } from './i18n/index.js'
import { App } from './app/App.js'
import 'prosemirror-view/style/prosemirror.css'
import './styles.css'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <App host={connectHost()} />
      </I18nProvider>
    </StrictMode>,
  )
}
