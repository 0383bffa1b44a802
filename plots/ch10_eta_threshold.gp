# ch10_eta_threshold.gp, written by redes. Redraw ch10_eta_threshold.png from its data with: gnuplot ch10_eta_threshold.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch10_eta_threshold.png'
set datafile separator ','
set title 'After K = 60 steps: converges exactly when η < 2/λ_{max}'
set xlabel 'η / (2/λ_{max})'
set ylabel 'R̂(θ_K) / R̂(θ_0)'
set grid
set key top left box opaque
set logscale y
set format y '10^{%L}'
set arrow from graph 0, first 1 to graph 1, first 1 nohead dashtype 3 lc rgb 'gray40'
set arrow from 1, graph 0 to 1, graph 1 nohead dashtype 2 lc rgb 'gray40'
set label 'η = 2/λ_{max}' at 1, graph 0.92 offset 0.5,0
plot 'ch10_eta_threshold.csv' index 0 using 1:2 with lines lw 2 lc rgb 'black' title 'closed form ½Σλ_i(1 − ηλ_i)^{2K}θ_{0,i}^2 / R̂(θ_0)', \
     'ch10_eta_threshold.csv' index 1 using 1:2 with points pt 7 ps 0.6 lc rgb '#d62728' title 'gradient descent'
set output
