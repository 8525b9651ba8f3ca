// The preamble every browser test shares: xunit, Playwright and its assertions, the page objects
// and the support classes.
global using JorgeBi.E2E.Pages;
global using JorgeBi.E2E.Support;
global using Microsoft.Playwright;
global using Xunit;
global using Xunit.Abstractions;
global using static Microsoft.Playwright.Assertions;
