// Test probe, loaded first: records CSP violations and uncaught errors where the test
// reads them back (window.visualProblems). Pages' CSP forbids inline scripts, so it is a file.
window.visualProblems = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.visualProblems.push('CSP: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')
    + ' at ' + e.sourceFile + ':' + e.lineNumber);
});
window.addEventListener('error', function (e) {
  window.visualProblems.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href))));
}, true);
window.addEventListener('unhandledrejection', function (e) {
  window.visualProblems.push('unhandled rejection: ' + (e.reason && e.reason.message || e.reason));
});
