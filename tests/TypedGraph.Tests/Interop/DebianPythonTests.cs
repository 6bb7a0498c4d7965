using Xunit;
using Xunit.Sdk;

namespace TypedGraph.Tests.Interop;

public sealed class DebianPythonTests
{
    [Fact]
    public void A_missing_python_module_fails_the_test_with_the_apt_command_instead_of_skipping_it()
    {
        var error = Assert.Throws<FailException>(() => DebianPython.Require("typedgraph_no_such_module"));

        Assert.StartsWith(
            "This test needs the Python module 'typedgraph_no_such_module' for /usr/bin/python3: apt-get install -y python3-typedgraph_no_such_module",
            error.Message,
            System.StringComparison.Ordinal);
    }
}
