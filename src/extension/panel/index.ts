// The review panel and its export command.
export { PANEL_VIEW_TYPE, registerReviewPanel, type ReviewPanelOptions } from './reviewPanel';
