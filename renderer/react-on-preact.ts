/**
 * The page is written against React's API and runs on Preact's (preact/compat): the same
 * components, hooks, context and lazy loading, in about a tenth of React DOM's code. On a
 * slow kiosk PC that is parse and compile time at every start, and less work in each tap
 * (`npm run bench`; figures in the README). Every import of react and react-dom, and their
 * subpaths (react/jsx-runtime, react-dom/client), resolves to Preact's in the build; the
 * page-dependencies test bundles with the same map.
 */
export const REACT_ON_PREACT: Record<string, string> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
};
