import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // No telemetry, no update checks: federation staff may run it offline.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
