# ch01_risk_shift.gp, written by redes. Redraw ch01_risk_shift.png from its data with: gnuplot ch01_risk_shift.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch01_risk_shift.png'
set datafile separator ','
set title 'Distribution shift: risk of a line fitted at δ = 0 on X ∼ N(1 + δ, s²)'
set xlabel 'shift δ of the mean of X'
set ylabel 'risk R\{f̂\}'
set grid
set key top center box opaque
set logscale y
set format y '10^{%L}'
plot 'ch01_risk_shift.csv' index 0 using 1:2 with lines lw 2 lc rgb 'black' title 'exact R\{f̂\}', \
     'ch01_risk_shift.csv' index 1 using 1:2:3 with yerrorbars pt 7 ps 0.7 lc rgb '#d62728' title 'Monte Carlo, 2000 samples ± SE', \
     'ch01_risk_shift.csv' index 2 using 1:2 with lines dashtype 2 lw 1.5 lc rgb 'gray40' title 'σ² (no rule does better)'
set output
