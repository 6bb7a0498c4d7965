using System;
using System.IO;
using TypedGraph.Build.Tasks.Elf;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Build.Tests
{
    /// <summary>
    /// This project references TorchSharp-cpu, so its build output carries libLibTorchSharp.so; the repo's build
    /// (Directory.Build.targets importing src/TypedGraph/buildTransitive/TypedGraph.targets) patched that copy.
    /// Without the patch this test fails on Debian 12 with "version 'GLIBCXX_3.4.32' not found".
    /// </summary>
    public sealed class TorchSharpLoadsTests
    {
        [Fact]
        public void Libtorch_runs_from_this_projects_build_output()
        {
            float sum = ones(2, 2).sum().item<float>();

            Assert.Equal(4f, sum);
        }

        [LinuxFact]
        public void The_output_copy_is_weak_exactly_when_the_host_lacks_GLIBCXX_3_4_32()
        {
            string output = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
            Assert.True(File.Exists(output), output);
            HostLibStdCxxInfo host = HostLibStdCxx.ProbeCurrentHost();

            VersionNeedPatchStatus status = VersionNeedPatcher.Analyze(File.ReadAllBytes(output)).Status;

            Assert.Equal(host.Defines("GLIBCXX_3.4.32") ? VersionNeedPatchStatus.Patchable : VersionNeedPatchStatus.AlreadyWeak, status);
        }
    }
}
