/** Names the config (server) and the editor script (client) must agree on. */

/** The editor component that inserts an image with its (required) description. */
export const IMAGE_COMPONENT = 'afbeelding';
