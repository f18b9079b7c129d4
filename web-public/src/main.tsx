// Every page but the server-rendered home page (`home.html`, which runs no script), and the home
// page too when the server could not render it or when reached from another page.
//
// The entry imports nothing itself: React DOM, then the site (router, theme, MUI, i18n), arrive as
// two dynamically imported chunks, both requested at once, and are evaluated in separate tasks with
// a turn of the event loop between them; the Intl objects of the first render (`prepareIntl`) and
// the router's start get a task each too. One entry holding both was one long task of script
// evaluation (~200 ms on Lighthouse's phone CPU) before anything could respond: the main part of
// `/reserver`'s Total Blocking Time (bench/public-site).
const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const reactDom = import('react-dom/client');
const site = nextTask().then(() => import('./app/start'));
void reactDom.then(async ({ createRoot }) => {
  await nextTask();
  const root = createRoot(container);
  const { prepareIntl, start } = await site;
  prepareIntl(Date.now());
  await nextTask();
  start(root);
});
