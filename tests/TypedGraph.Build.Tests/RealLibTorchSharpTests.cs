using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using TypedGraph.Build.Tasks.Elf;
using Xunit;

namespace TypedGraph.Build.Tests
{
    /// <summary>The patch on TorchSharp's real libLibTorchSharp.so, on a copy in a temporary directory.</summary>
    public sealed class RealLibTorchSharpTests : IDisposable
    {
        private readonly string _dir = TestElf.TempDirectory();

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        [NuGetCacheLibTorchSharpFact]
        public void The_real_library_needs_GLIBCXX_3_4_32_only_for_the_marker_and_is_patched_in_one_byte()
        {
            string cache = RealLibTorchSharp.CachePath;
            byte[] cacheHashBefore = SHA256.HashData(File.ReadAllBytes(cache));
            string copy = Path.Combine(_dir, "libLibTorchSharp.so");
            File.Copy(cache, copy);
            byte[] original = File.ReadAllBytes(copy);

            ElfFile elf = ElfFile.Parse(original);
            ElfVersionNeedAux need = elf.ReadVersionNeeds().Single(n => n.File == "libstdc++.so.6").Versions.Single(v => v.Name == "GLIBCXX_3.4.32");
            Assert.Equal(ElfFile.MachineX64, elf.Machine);
            Assert.False(need.IsWeak);
            Assert.Equal(new[] { TestElf.Marker }, elf.ReadDynamicSymbols().Where(s => s.VersionIndex == need.VersionIndex).Select(s => s.Name));
            Assert.Equal(VersionNeedPatchStatus.Patchable, VersionNeedPatcher.Analyze(original).Status);

            VersionNeedPatchResult result = VersionNeedPatcher.WeakenInFile(copy);

            Assert.Equal(VersionNeedPatchStatus.Patched, result.Status);
            byte[] patched = File.ReadAllBytes(copy);
            Assert.Equal(new[] { (int)need.FlagsFileOffset }, TestElf.Differences(original, patched));
            Assert.Equal(need.Flags | ElfVersionNeedAux.WeakFlag, patched[need.FlagsFileOffset] | (patched[need.FlagsFileOffset + 1] << 8));
            Assert.Equal(VersionNeedPatchStatus.AlreadyWeak, VersionNeedPatcher.WeakenInFile(copy).Status);
            Assert.Equal(cacheHashBefore, SHA256.HashData(File.ReadAllBytes(cache)));
        }
    }
}
