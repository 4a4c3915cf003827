@echo off
rem Runs Babelbake from this release: the libraries are in ..\lib beside this script.
rem Needs Java 17 or newer: %JAVA_HOME%\bin\java.exe if JAVA_HOME is set, otherwise java on PATH.
setlocal
set "BABELBAKE_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
rem C1 only: a build is short, and C2 compiling costs more than it saves; BABELBAKE_OPTS can bring it back.
rem One compiler thread: on a few cores a second one takes the CPU from the build. Java refuses one
rem thread for C1 and C2 together, so BABELBAKE_OPTS that choose the compilers leave the count to Java.
rem A heap that starts at 64 MB and grows when needed: Java's default start (1/64 of the memory) costs
rem page faults for a young generation a build does not need. Left out when BABELBAKE_OPTS,
rem JAVA_TOOL_OPTIONS or JDK_JAVA_OPTIONS sizes the heap, as Java refuses a start above a smaller -Xmx.
rem Delayed expansion only here: quotes inside BABELBAKE_OPTS cannot break these lines, and "!" in
rem the arguments below stays as it is.
set "BABELBAKE_COMPILERS=-XX:CICompilerCount=1"
set "BABELBAKE_HEAP=-Xms64m"
setlocal EnableDelayedExpansion
if defined BABELBAKE_OPTS (
  if not "!BABELBAKE_OPTS:Tiered=!"=="!BABELBAKE_OPTS!" set "BABELBAKE_COMPILERS="
  if not "!BABELBAKE_OPTS:CICompilerCount=!"=="!BABELBAKE_OPTS!" set "BABELBAKE_COMPILERS="
)
rem Every option Java will read, as the POSIX launcher looks at them; gone at endlocal.
set "BABELBAKE_ALL_OPTS=!BABELBAKE_OPTS! !JAVA_TOOL_OPTIONS! !JDK_JAVA_OPTIONS!"
if not "!BABELBAKE_ALL_OPTS:Xms=!"=="!BABELBAKE_ALL_OPTS!" set "BABELBAKE_HEAP="
if not "!BABELBAKE_ALL_OPTS:Xmx=!"=="!BABELBAKE_ALL_OPTS!" set "BABELBAKE_HEAP="
if not "!BABELBAKE_ALL_OPTS:HeapSize=!"=="!BABELBAKE_ALL_OPTS!" set "BABELBAKE_HEAP="
endlocal & set "BABELBAKE_COMPILERS=%BABELBAKE_COMPILERS%" & set "BABELBAKE_HEAP=%BABELBAKE_HEAP%"
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 %BABELBAKE_COMPILERS% -XX:+UseSerialGC %BABELBAKE_HEAP% %BABELBAKE_OPTS% -cp "%BABELBAKE_HOME%\lib\*" org.babelbake.cli.BabelbakeCommand %*
exit /b %ERRORLEVEL%
