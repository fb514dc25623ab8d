#!/usr/bin/env pwsh
<#
.SYNOPSIS
    Resource bounds benchmark: peak memory and time of `staticnews build` on a 10 MB article and on large generated sites.
.DESCRIPTION
    Generates deterministic sites under a temporary folder, builds each with the Release CLI under /usr/bin/time -v
    and prints one Markdown table row per site (the table in docs/benchmarks.md). Not a test: numbers depend on the machine.
    Usage: dotnet pwsh bench/resource-bounds.ps1 [-Articles 1000,10000,100000]
#>
param([string] $Articles = "1000,10000,100000")

$ErrorActionPreference = 'Stop'
$root = Split-Path $PSScriptRoot -Parent
$work = Join-Path ([IO.Path]::GetTempPath()) 'staticnews-resource-bounds'
dotnet build (Join-Path $root 'src/StaticNews.Cli') -c Release -v quiet | Out-Null
$cli = Join-Path $root 'src/StaticNews.Cli/bin/Release/net10.0/staticnews.dll'

function New-Site([string] $name, [int] $count, [int] $paragraphs) {
    $inputFolder = Join-Path $work "$name/input"
    Remove-Item (Join-Path $work $name) -Recurse -Force -ErrorAction SilentlyContinue
    New-Item -ItemType Directory (Join-Path $inputFolder 'world'), (Join-Path $inputFolder 'business') | Out-Null
    Copy-Item (Join-Path $root 'tests/fixtures/valid/newsroom/input/site.yml'), (Join-Path $root 'tests/fixtures/valid/newsroom/input/authors.yml') $inputFolder
    $body = (1..$paragraphs | ForEach-Object { "Paragraph $_ of the story: crews worked through the night on the quay while ferries waited offshore.`n" }) -join "`n"
    for ($i = 0; $i -lt $count; $i++) {
        $section = @('world', 'business')[$i % 2]
        $day = [datetime]::new(2020, 1, 1).AddHours($i).ToString('yyyy-MM-ddTHH:mm:ssZ', [cultureinfo]::InvariantCulture)
        $text = "---`ntitle: `"Generated story $i`"`ndate: $day`nsection: $section`nauthors: [$(@('ana-lima', 'ben-okoro')[$i % 2])]`ntags: [topic-$($i % 500), desk-$($i % 7)]`n---`n`n$body`n"
        [IO.File]::WriteAllText((Join-Path $inputFolder "$section/story-$i.md"), $text)
    }
    return $inputFolder
}

function Measure-Build([string] $name, [string] $inputFolder) {
    $output = Join-Path $work "$name/output"
    $log = Join-Path $work "$name/time.txt"
    & /usr/bin/time -v -o $log dotnet $cli build --input $inputFolder --output $output | Select-Object -Last 1 | Write-Host
    $peakKb = [long](Select-String -Path $log -Pattern 'Maximum resident set size \(kbytes\): (\d+)').Matches[0].Groups[1].Value
    $wall = (Select-String -Path $log -Pattern 'Elapsed \(wall clock\) time.*: (.+)$').Matches[0].Groups[1].Value
    "| $name | $([math]::Round($peakKb / 1024)) MB | $wall |"
}

"| site | peak memory (max RSS) | wall time |"
"|---|---|---|"
$long = New-Site 'one-10mb-article' 1 0
$paragraph = "Paragraph of the long read about the harbour, its cranes and its crews, told at length.`n`n"
[IO.File]::WriteAllText((Join-Path $long 'world/story-0.md'),
    "---`ntitle: `"Long read`"`ndate: 2026-01-01`nsection: world`n---`n`n" + ($paragraph * [math]::Ceiling(10MB / $paragraph.Length)))
Measure-Build 'one-10mb-article' $long
foreach ($count in $Articles.Split(",") | ForEach-Object { [int]$_ }) { Measure-Build "$count-articles" (New-Site "$count-articles" $count 6) }
