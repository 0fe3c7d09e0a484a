import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  manifest: ({ browser }) => ({
    name: '快答 Kuaida',
    description: '电商客服快捷回复助手：读取买家消息，推荐话术，一键插入。Reply suggestions for e-commerce customer service.',
    // IndexedDB holds the library; team packs can be large.
    permissions: ['storage', 'unlimitedStorage', 'clipboardWrite', 'alarms'],
    // Asked for one origin at a time, when the agent subscribes to a team pack hosted there.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '打开快答 Open Kuaida' },
    commands: {
      // Firefox (MV2) shows the panel as a sidebar, opened by its own reserved command.
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+K' },
        description: '打开快答侧边栏 Open the Kuaida side panel',
      },
      'focus-search': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '聚焦快答搜索框 Focus the Kuaida search box',
      },
    },
  }),
  vite: () => ({ plugins: [preact()] }),
});
