/**
 * What a reader sees if a bug reaches a widget: a message in Chinese, never a blank. Island.astro writes it into the
 * page (data-failed) and island.ts shows it; a module of its own, so no widget's code carries it.
 */
import { HOTLINE } from '../rules';

export const WIDGET_FAILED = `抱歉，这个工具出错了，无法显示结果。请刷新页面重试；政策原文和解读不受影响，也可拨打${HOTLINE}咨询。`;
