// Evaluated after axe.min.js: runs every axe rule on the page and lists the violations whose
// impact is serious or critical, each with the first elements it names.
axe.run(document, { resultTypes: ['violations'] }).then(result =>
  result.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' +
      v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))
