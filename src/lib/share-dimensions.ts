/** The share image size platforms ask for (Open Graph / Twitter summary_large_image). Kept apart from the renderer so pages need no Node modules. */
export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;
