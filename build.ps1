#!/usr/bin/env pwsh
<#
.SYNOPSIS
    StaticNews developer tasks. Run with `dotnet pwsh build.ps1 <target>` after `dotnet tool restore`.
.DESCRIPTION
    build    compile the solution (warnings are errors)
    test     run every test suite and print "N passed, N failed, N skipped"
    site     build the sample newsroom in input/ into output/
    publish  check, then build the site for publishing into publish/ (-BaseUrl sets the address it is served from)
.EXAMPLE
    dotnet pwsh build.ps1 publish -BaseUrl https://my-newsroom.github.io/news/
#>
param(
    [Parameter(Position = 0)]
    [ValidateSet('build', 'test', 'site', 'publish')]
    [string] $Target = 'build',

    [string] $Configuration = 'Release',

    # publish: the address the site is served from; empty keeps base_url of input/site.yml.
    [string] $BaseUrl = '',

    # publish: the content folder and the folder the finished site goes to.
    [string] $InputFolder = 'input',
    [string] $OutputFolder = 'publish'
)

$ErrorActionPreference = 'Stop'
if ($PSStyle) { $PSStyle.OutputRendering = 'PlainText' }
Set-Location $PSScriptRoot

function Invoke-Step([string] $Name, [scriptblock] $Command) {
    Write-Host "==> $Name"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$Name failed with exit code $LASTEXITCODE" }
}

function Install-TestTools {
    if (-not (Test-Path node_modules/vnu-jar/build/dist/vnu.jar) -or -not (Test-Path node_modules/axe-core/axe.min.js)) {
        Invoke-Step 'npm ci (test tools)' { npm ci --ignore-scripts --no-audit --no-fund }
    }
}

function Invoke-Tests {
    Install-TestTools
    Invoke-Step 'build' { dotnet build StaticNews.sln -c $Configuration }
    $results = Join-Path $PSScriptRoot 'TestResults'
    Remove-Item $results -Recurse -Force -ErrorAction SilentlyContinue
    & dotnet test StaticNews.sln -c $Configuration --no-build --logger 'trx' --results-directory $results
    $testExit = $LASTEXITCODE

    $passed = 0; $failed = 0; $skipped = 0
    foreach ($trx in Get-ChildItem $results -Filter *.trx -Recurse) {
        $counters = ([xml](Get-Content -LiteralPath $trx.FullName -Raw)).TestRun.ResultSummary.Counters
        $passed += [int]$counters.passed
        $failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
        $skipped += [int]$counters.notExecuted
    }
    if ($testExit -ne 0 -and $failed -eq 0) { $failed = 1 }
    Write-Host "$passed passed, $failed failed, $skipped skipped"
    if ($failed -gt 0 -or $passed -eq 0) { exit 1 }
}

function Invoke-Publish {
    $site = @('--input', $InputFolder)
    if ($BaseUrl) { $site += @('--base-url', $BaseUrl) }
    Invoke-Step 'build the CLI' { dotnet build src/StaticNews.Cli -c $Configuration }
    $cli = @('run', '--project', 'src/StaticNews.Cli', '-c', $Configuration, '--no-build', '--')
    Invoke-Step 'check' { dotnet @cli check @site }
    Invoke-Step 'build the site' { dotnet @cli build @site --output $OutputFolder }
    Write-Host "The site is in $OutputFolder/, ready to upload."
}

switch ($Target) {
    'build' { Invoke-Step 'build' { dotnet build StaticNews.sln -c $Configuration } }
    'test' { Invoke-Tests }
    'site' { Invoke-Step 'site' { dotnet run --project src/StaticNews.Cli -c $Configuration -- build } }
    'publish' { Invoke-Publish }
}
