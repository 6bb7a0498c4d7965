using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using TypedGraph.Build.Tasks.Elf;

namespace TypedGraph.Build.Tasks
{
    /// <summary>
    /// Makes copies of TorchSharp's libLibTorchSharp.so loadable on Linux hosts whose libstdc++ stops before
    /// GLIBCXX_3.4.32 (GCC 12 and older: Debian 12, Ubuntu 22.04, RHEL 9): the library needs that version only for
    /// the marker symbol std::ios_base_library_init(), which nothing calls, so its version need is marked weak.
    /// Only ever give it files in a build or publish output, never the NuGet cache. It never fails the build:
    /// a file it cannot or must not patch gets a warning (TGB001..TGB003) and stays as it is.
    /// </summary>
    public sealed class WeakenGlibcxxVersionNeed : Task
    {
        /// <summary>Patch only when the host's libstdc++ lacks the version (the default).</summary>
        public const string ModeIfHostLacksVersion = "IfHostLacksVersion";

        /// <summary>Patch regardless of the build host, e.g. when publishing for older Linux machines.</summary>
        public const string ModeAlways = "Always";

        private static readonly Lazy<HostLibStdCxxInfo> CurrentHost = new Lazy<HostLibStdCxxInfo>(HostLibStdCxx.ProbeCurrentHost);

        /// <summary>The libLibTorchSharp.so copies to patch (build or publish output). Missing files are skipped.</summary>
        [Required]
        public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>
        /// <see cref="ModeIfHostLacksVersion"/> (default; also "true", the value of the TypedGraphPatchTorchSharpNative
        /// property that selects it) or <see cref="ModeAlways"/> (also "always").
        /// </summary>
        public string? Mode { get; set; }

        /// <summary>Optional: the libstdc++.so.6 to check instead of the system's.</summary>
        public string? HostLibStdCxxPath { get; set; }

        /// <summary>The files this run changed.</summary>
        [Output]
        public ITaskItem[] PatchedFiles { get; private set; } = Array.Empty<ITaskItem>();

        public override bool Execute()
        {
            bool always = string.Equals(Mode, ModeAlways, StringComparison.OrdinalIgnoreCase);
            if (!string.IsNullOrEmpty(Mode) && !always && !string.Equals(Mode, ModeIfHostLacksVersion, StringComparison.OrdinalIgnoreCase) && !string.Equals(Mode, "true", StringComparison.OrdinalIgnoreCase))
            {
                Log.LogWarning(null, "TGB004", null, null, 0, 0, 0, 0, "Unknown Mode '{0}' (expected {1} or {2}); using {1}.", Mode, ModeIfHostLacksVersion, ModeAlways);
            }

            if (Files.Length == 0)
            {
                return true;
            }

            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
            {
                Log.LogMessage(MessageImportance.Low, "TypedGraph: not a Linux host; TorchSharp natives left unchanged.");
                return true;
            }

            if (!always && !HostLacksVersion())
            {
                return true;
            }

            var patched = new List<ITaskItem>();
            foreach (ITaskItem item in Files)
            {
                string path = item.GetMetadata("FullPath");
                if (!File.Exists(path))
                {
                    Log.LogMessage(MessageImportance.Low, "TypedGraph: {0} does not exist; skipped.", path);
                    continue;
                }

                VersionNeedPatchResult result;
                try
                {
                    result = VersionNeedPatcher.WeakenInFile(path);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    Log.LogWarning(null, "TGB003", null, path, 0, 0, 0, 0, "Could not patch {0}: {1} TorchSharp may fail to load with \"version 'GLIBCXX_3.4.32' not found\".", path, e.Message);
                    continue;
                }

                switch (result.Status)
                {
                    case VersionNeedPatchStatus.Patched:
                        Log.LogMessage(MessageImportance.Normal, "TypedGraph: patched {0} so it loads without GLIBCXX_3.4.32: {1}.", path, result.Message);
                        patched.Add(item);
                        break;
                    case VersionNeedPatchStatus.Refused:
                        Log.LogWarning(null, "TGB001", null, path, 0, 0, 0, 0, "Left {0} unchanged: {1}. It will not load on this host; install a libstdc++ from GCC 13 or newer.", path, result.Message);
                        break;
                    case VersionNeedPatchStatus.Unsupported:
                        Log.LogWarning(null, "TGB002", null, path, 0, 0, 0, 0, "Left {0} unchanged: {1}.", path, result.Message);
                        break;
                    default:
                        Log.LogMessage(MessageImportance.Low, "TypedGraph: {0} needs no change: {1}.", path, result.Message);
                        break;
                }
            }

            PatchedFiles = patched.ToArray();
            return true;
        }

        private bool HostLacksVersion()
        {
            HostLibStdCxxInfo host = string.IsNullOrEmpty(HostLibStdCxxPath)
                ? CurrentHost.Value
                : HostLibStdCxx.Probe(new[] { HostLibStdCxxPath! }, HostLibStdCxx.CurrentMachine);
            if (host.Path is null)
            {
                // A weak need is harmless where the version exists, so not knowing the host is no reason to leave the file failing.
                Log.LogMessage(MessageImportance.Normal, "TypedGraph: could not read the host's libstdc++ ({0}); patching TorchSharp natives anyway.", host.Problem);
                return true;
            }

            if (host.Defines(VersionNeedPatcher.Glibcxx3432))
            {
                Log.LogMessage(MessageImportance.Low, "TypedGraph: {0} defines {1}; TorchSharp natives left unchanged.", host.Path, VersionNeedPatcher.Glibcxx3432);
                return false;
            }

            Log.LogMessage(MessageImportance.Low, "TypedGraph: {0} lacks {1}.", host.Path, VersionNeedPatcher.Glibcxx3432);
            return true;
        }
    }
}
