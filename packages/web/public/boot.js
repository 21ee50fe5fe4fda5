// Runs before the first paint: apply the language chosen last time (and its direction) to <html>.
(function () {
  try {
    var l = window.localStorage.getItem('mizan.locale');
    if (l === 'ar' || l === 'fr' || l === 'en' || l === 'es') {
      document.documentElement.lang = l;
      document.documentElement.dir = l === 'ar' ? 'rtl' : 'ltr';
    }
  } catch {
    /* storage disabled */
  }
})();
