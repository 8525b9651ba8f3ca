// The preamble most tests share: xunit and the test support classes (factories, clusters, clients).
global using JorgeBi.Tests.Support;
global using Xunit;
