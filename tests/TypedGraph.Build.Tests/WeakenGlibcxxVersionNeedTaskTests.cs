using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using TypedGraph.Build.Tasks;
using TypedGraph.Build.Tasks.Elf;
using Xunit;

namespace TypedGraph.Build.Tests
{
    public sealed class WeakenGlibcxxVersionNeedTaskTests : IDisposable
    {
        private readonly string _dir = TestElf.TempDirectory();

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        private string Write(string name, byte[] content)
        {
            string path = Path.Combine(_dir, name);
            File.WriteAllBytes(path, content);
            return path;
        }

        private static (WeakenGlibcxxVersionNeed Task, RecordingEngine Engine) NewTask(string? hostLibrary, string? mode, params string[] files)
        {
            var engine = new RecordingEngine();
            var task = new WeakenGlibcxxVersionNeed
            {
                BuildEngine = engine,
                Files = Array.ConvertAll(files, f => (ITaskItem)new TaskItem(f)),
                HostLibStdCxxPath = hostLibrary,
                Mode = mode,
            };
            return (task, engine);
        }

        private static byte[] Good() => TestElf.Consumer(new[] { new TestSymbol(TestElf.Marker, "GLIBCXX_3.4.32") });

        [LinuxFact]
        public void Patches_when_the_host_library_lacks_the_version()
        {
            string host = Write("libstdc++.so.6", TestElf.Library("GLIBCXX_3.4", "GLIBCXX_3.4.30"));
            string file = Write("libLibTorchSharp.so", Good());
            var (task, engine) = NewTask(host, "true", file);

            Assert.True(task.Execute());

            Assert.Equal(VersionNeedPatchStatus.AlreadyWeak, VersionNeedPatcher.Analyze(File.ReadAllBytes(file)).Status);
            Assert.Single(task.PatchedFiles);
            Assert.Empty(engine.Warnings);
            Assert.Contains(engine.Messages, m => m.Importance == MessageImportance.Normal && m.Message!.Contains("patched", StringComparison.Ordinal));
        }

        [LinuxFact]
        public void Leaves_files_alone_when_the_host_library_has_the_version()
        {
            string host = Write("libstdc++.so.6", TestElf.Library("GLIBCXX_3.4", "GLIBCXX_3.4.30", "GLIBCXX_3.4.32"));
            byte[] original = Good();
            string file = Write("libLibTorchSharp.so", original);
            var (task, engine) = NewTask(host, null, file);

            Assert.True(task.Execute());

            Assert.Equal(original, File.ReadAllBytes(file));
            Assert.Empty(task.PatchedFiles);
            Assert.Empty(engine.Warnings);
        }

        [LinuxFact]
        public void Always_mode_patches_whatever_the_host_has()
        {
            string host = Write("libstdc++.so.6", TestElf.Library("GLIBCXX_3.4.32"));
            string file = Write("libLibTorchSharp.so", Good());
            var (task, _) = NewTask(host, "always", file);

            Assert.True(task.Execute());

            Assert.Single(task.PatchedFiles);
        }

        [LinuxFact]
        public void Refusal_is_warning_TGB001_and_the_build_goes_on()
        {
            byte[] original = TestElf.Consumer(new[] { new TestSymbol(TestElf.Marker, "GLIBCXX_3.4.32"), new TestSymbol("_ZSt4cout", "GLIBCXX_3.4.32") });
            string file = Write("libLibTorchSharp.so", original);
            string notElf = Write("notelf.so", new byte[] { 1, 2, 3 });
            var (task, engine) = NewTask(null, "always", file, notElf, Path.Combine(_dir, "missing.so"));

            Assert.True(task.Execute());

            Assert.Equal(original, File.ReadAllBytes(file));
            Assert.Collection(
                engine.Warnings,
                w =>
                {
                    Assert.Equal("TGB001", w.Code);
                    Assert.Equal(file, w.File);
                    Assert.Contains("_ZSt4cout", w.Message, StringComparison.Ordinal);
                },
                w =>
                {
                    Assert.Equal("TGB002", w.Code);
                    Assert.Contains("not an ELF file", w.Message, StringComparison.Ordinal);
                });
            Assert.Empty(engine.Errors);
        }

        [LinuxFact]
        public void The_real_host_probe_reads_this_machines_libstdcxx()
        {
            HostLibStdCxxInfo host = HostLibStdCxx.ProbeCurrentHost();

            Assert.True(host.Path != null, host.Problem);
            Assert.True(host.Defines("GLIBCXX_3.4"), string.Join(" ", host.Versions));
        }

        private sealed class RecordingEngine : IBuildEngine
        {
            public List<BuildWarningEventArgs> Warnings { get; } = new List<BuildWarningEventArgs>();

            public List<BuildErrorEventArgs> Errors { get; } = new List<BuildErrorEventArgs>();

            public List<BuildMessageEventArgs> Messages { get; } = new List<BuildMessageEventArgs>();

            public bool ContinueOnError => false;

            public int LineNumberOfTaskNode => 0;

            public int ColumnNumberOfTaskNode => 0;

            public string ProjectFileOfTaskNode => "test.proj";

            public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => throw new NotSupportedException();

            public void LogCustomEvent(CustomBuildEventArgs e)
            {
            }

            public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

            public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

            public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
        }
    }
}
