import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The demo's fictional directory, for the directory and team stories.
  staticDirs: [{ from: '../demo/data', to: '/demo/data' }],
  // No telemetry, no update checks: federation staff may run it offline.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
