// Evaluated in the query editor by PagesInBrowserTest: types a query as a reader would (the
// textarea's value, then an input event), presses Run, and waits for the results table.
(async () => {
  const query = document.querySelector('#query');
  query.value = 'PREFIX spkg: <https://w3id.org/spkg/ontology#>\n' +
    'SELECT ?nation WHERE { ?nation a spkg:Nation } LIMIT 5';
  query.dispatchEvent(new Event('input', { bubbles: true }));
  document.querySelector('#run').click();
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    const rows = document.querySelectorAll('#results tr').length;
    if (rows > 1) {
      return { rows, status: document.querySelector('#status').innerText };
    }
    await new Promise(r => setTimeout(r, 100));
  }
  return { rows: 0, status: document.querySelector('#status').innerText };
})()
