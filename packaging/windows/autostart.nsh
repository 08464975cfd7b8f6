; Serambi kiosk on Windows: started at every login, for every user of the kiosk computer,
; under its own supervisor (Serambi.exe --supervise), which starts the kiosk again after a
; crash and lets an operator's exit stand. Removed again on uninstall.
!macro customInstall
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "Serambi" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" --supervise'
!macroend

!macro customUnInstall
  DeleteRegValue HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "Serambi"
!macroend
