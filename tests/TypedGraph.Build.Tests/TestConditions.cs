using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace TypedGraph.Build.Tests
{
    /// <summary>A fact that runs on Linux only (the task does nothing elsewhere).</summary>
    public sealed class LinuxFactAttribute : FactAttribute
    {
        public LinuxFactAttribute()
        {
            if (!OperatingSystem.IsLinux())
            {
                Skip = "Linux only";
            }
        }
    }

    /// <summary>A fact about TorchSharp's real libLibTorchSharp.so in the NuGet cache; skipped when it is not there.</summary>
    public sealed class NuGetCacheLibTorchSharpFactAttribute : FactAttribute
    {
        public NuGetCacheLibTorchSharpFactAttribute()
        {
            if (!File.Exists(RealLibTorchSharp.CachePath))
            {
                Skip = "TorchSharp's linux-x64 libLibTorchSharp.so is not in the NuGet cache: " + RealLibTorchSharp.CachePath;
            }
        }
    }

    internal static class RealLibTorchSharp
    {
        /// <summary>The NuGet cache's copy, from the package root and TorchSharp version this project was built with.</summary>
        public static string CachePath
        {
            get
            {
                string root = Metadata("NuGetPackageRoot");
                if (root.Length == 0)
                {
                    root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
                }

                return Path.Combine(root, "torchsharp", Metadata("TorchSharpVersion"), "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
            }
        }

        private static string Metadata(string key)
            => typeof(RealLibTorchSharp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value ?? string.Empty;
    }
}
