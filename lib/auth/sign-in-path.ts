/** Where the console sends someone without a session (also linked from forms in the browser). */
export const SIGN_IN_PATH = "/admin/sign-in";
